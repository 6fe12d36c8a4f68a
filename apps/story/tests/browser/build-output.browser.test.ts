/**
 * The prerendered page holds the whole story: every chapter's text is in build/index.html,
 * readable before any script runs. Part of test:browser, which runs after `vite build`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '$lib/server/snapshot';
import { buildStoryData } from '$lib/server/story-data';
import { findMissingStoryText } from '../story-in-html';
import { buildDir } from './harness';

describe('prerendered build/index.html', () => {
  it('contains every chapter’s text', () => {
    const html = readFileSync(resolve(buildDir, 'index.html'), 'utf8');
    expect(findMissingStoryText(html, buildStoryData(loadSnapshot()))).toEqual([]);
  });

  it('renders the “no step yet” graphic as real SVG', () => {
    const html = readFileSync(resolve(buildDir, 'index.html'), 'utf8');
    expect(html).toMatch(/data-active-step="none"/);
    expect(html).toMatch(/<figure[^>]+data-graphic="weekly\|/);
    expect((html.match(/<rect/g) ?? []).length).toBeGreaterThan(50);
  });

  it('writes every download', () => {
    for (const file of ['weekly.csv', 'weekly.json', 'hex-cells.json', 'csis-comparison.csv']) {
      expect(readFileSync(resolve(buildDir, 'data', file), 'utf8').length).toBeGreaterThan(100);
    }
  });
});
