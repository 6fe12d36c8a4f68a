/**
 * The content loader turns each kind of editing mistake into `file:line: field: message`, on
 * small hand-made YAML files under test/fixtures/content.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ContentError,
  contentDir,
  keyFigures,
  loadContent,
  parseNamedSources,
  parsePhases,
  phases,
  timeline,
  type ContentProblem,
} from '../src/content/index.js';
import { fixture } from './helpers.js';

function text(name: string): string {
  return readFileSync(fixture('content', name), 'utf8');
}

/** The problems `run` throws as a ContentError (fails the test if it does not throw one). */
function problemsOf(run: () => unknown): readonly ContentProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}

const BROKEN = 'packages/data/test/fixtures/content/broken';

describe('content files: a valid set', () => {
  it('loads entries, resolving a named source and keeping block-scalar prose intact', () => {
    const content = loadContent(fixture('content', 'good'));
    expect(content.timeline.map((event) => event.id)).toEqual(['first-event', 'second-event']);
    expect(content.timeline[0]?.sources[0]?.outlet).toBe(
      'Center for Strategic and International Studies (CSIS)',
    );
    expect(content.timeline[0]?.summary).toBe(
      'A summary with "quotes", a colon: here, and an apostrophe’s worth of punctuation.',
    );
    expect(content.timeline[1]?.place).toEqual({ name: 'Beirut', lat: 33.89, lon: 35.5 });
    expect(content.keyFigures[0]?.value).toBe(62_000);
    expect(content.phases[0]?.end).toBe('2024-12-31');
  });

  it('loads the repository content the snapshot is built from', () => {
    expect(contentDir.endsWith('/content')).toBe(true);
    expect(timeline.length).toBeGreaterThan(0);
    expect(keyFigures.length).toBeGreaterThan(0);
    expect(phases.length).toBeGreaterThan(0);
  });
});

describe('content files: every mistake names its file, line and field', () => {
  const problems = problemsOf(() => loadContent(fixture('content', 'broken')));
  const find = (field: string) => problems.find((problem) => problem.field === field);

  it('reports a date that does not exist', () => {
    expect(find('bad-date.date')).toEqual({
      file: `${BROKEN}/timeline.yaml`,
      line: 3,
      field: 'bad-date.date',
      message: 'Invalid ISO date',
    });
  });

  it('reports a source name that sources.yaml does not define', () => {
    const problem = find('unknown-source-name.sources.0');
    expect(problem?.line).toBe(15);
    expect(problem?.message).toContain('unknown source "csiss"');
  });

  it('reports a written-out source without its outlet', () => {
    expect(find('source-without-outlet.sources.0.outlet')).toMatchObject({
      line: 23,
      message: 'is missing (a string is required)',
    });
  });

  it('reports a misspelt field instead of dropping it', () => {
    expect(find('misspelt-field.endate')).toMatchObject({
      line: 28,
      message: 'is not a field of this entry (misspelt?)',
    });
  });

  it('reports a duplicate id at the repeat, naming the first', () => {
    expect(find('misspelt-field.id')).toMatchObject({
      line: 34,
      message: 'duplicate id "misspelt-field" (first at line 26)',
    });
  });

  it('reports a tag outside the list', () => {
    expect(find('misspelt-field.tags.0')).toMatchObject({ line: 38 });
  });

  it('reports a number typed with a thousands separator', () => {
    expect(find('a-figure.value')).toMatchObject({
      file: `${BROKEN}/key-figures.yaml`,
      line: 4,
      message: 'Invalid input: expected number, received string',
    });
  });

  it('reports a YAML syntax error in one file and still checks the others', () => {
    expect(problems.filter((problem) => problem.file === `${BROKEN}/phases.yaml`)).toEqual([
      {
        file: `${BROKEN}/phases.yaml`,
        line: 6,
        field: '',
        message: 'YAML syntax: Nested mappings are not allowed in compact mappings',
      },
    ]);
    expect(new Set(problems.map((problem) => problem.file)).size).toBe(3);
  });

  it('prints them the way compilers do, one per line', () => {
    const error = (() => {
      try {
        loadContent(fixture('content', 'broken'));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain(
      `${BROKEN}/timeline.yaml:3: bad-date.date: Invalid ISO date`,
    );
  });

  it('reports a key given twice in one entry', () => {
    expect(problemsOf(() => parsePhases(text('duplicate-key.yaml'), 'phases.yaml'))).toEqual([
      {
        file: 'phases.yaml',
        line: 5,
        field: '',
        message: 'duplicate key: Map keys must be unique',
      },
    ]);
  });

  it('reports a phase that ends before it starts', () => {
    expect(parsePhases(text('end-before-start.yaml'), 'phases.yaml').problems).toEqual([
      { file: 'phases.yaml', line: 5, field: 'one-phase.end', message: 'end is before start' },
    ]);
  });

  it('reports a named source without its headline', () => {
    expect(
      parseNamedSources(text('sources-without-headline.yaml'), 'sources.yaml').problems,
    ).toEqual([
      {
        file: 'sources.yaml',
        line: 2,
        field: 'csis.headline',
        message: 'is missing (a string is required)',
      },
    ]);
  });
});
