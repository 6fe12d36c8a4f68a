/**
 * Facts carry over from the source articles, sentences don't: no run of 10 words in the story
 * may also appear in one of the five articles in shared/sources.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allStoryText } from './story-text';
import { pageData } from './fixtures';

const RUN = 10;
const here = dirname(fileURLToPath(import.meta.url));

/**
 * shared/sources sits beside the repository; CI points at it with BLUELINE_SOURCES_DIR. A reader's
 * clone may not have it: the check is then skipped, loudly, except under CI, where a missing
 * corpus must fail rather than pass by default.
 */
function sourcesDir(): string | undefined {
  const candidates = [
    process.env['BLUELINE_SOURCES_DIR'],
    resolve(here, '../../../../../shared/sources'),
  ];
  const found = candidates.find(
    (candidate): candidate is string => candidate !== undefined && existsSync(candidate),
  );
  if (found === undefined) {
    const message = `shared/sources not found (tried ${candidates.filter(Boolean).join(', ')}); set BLUELINE_SOURCES_DIR`;
    if (process.env['CI'] === 'true') throw new Error(message);
    console.warn(`Skipping the copied-sentence check: ${message}`);
  }
  return found;
}

/** Lower-case words, with punctuation and typographic quotes dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9'\u00c0-\u024f]+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

function runs(list: readonly string[]): string[] {
  const result: string[] = [];
  for (let start = 0; start + RUN <= list.length; start++) {
    result.push(list.slice(start, start + RUN).join(' '));
  }
  return result;
}

const directory = sourcesDir();
const articles = (directory === undefined ? [] : readdirSync(directory))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({
    name,
    runs: new Set(runs(words(readFileSync(join(directory ?? '', name), 'utf8')))),
  }));

describe.skipIf(directory === undefined)('no sentence is copied from a source article', () => {
  it('finds the five articles', () => {
    expect(articles.length).toBe(5);
  });

  it('detects a copied run (the check itself works)', () => {
    const first = articles[0];
    const sample = first === undefined ? undefined : [...first.runs][0];
    expect(sample).toBeDefined();
    expect(runs(words(`Lead-in words ${sample ?? ''}.`)).some((run) => first?.runs.has(run))).toBe(
      true,
    );
  });

  it.each(allStoryText(pageData).map(({ where, text }) => [where, text]))(
    '%s shares no 10-word run with a source',
    (_where, text) => {
      for (const run of runs(words(text))) {
        for (const article of articles) {
          expect(article.runs.has(run), `“${run}” also appears in ${article.name}`).toBe(false);
        }
      }
    },
  );
});
