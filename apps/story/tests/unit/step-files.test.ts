/**
 * The step copy lives in content/steps/*.yaml. What TypeScript used to check is checked when
 * the files are read: every step of every chapter has copy, every placeholder resolves, every
 * cited event exists. Each mistake is reported as `file:line: field: message`; the fixtures are
 * small hand-made files that stand in for one chapter.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ContentError, keyFigures, timeline, type ContentProblem } from '@blueline/data/content';
import { describe, expect, it } from 'vitest';
import { parseStepFiles, type StepFile } from '$lib/copy/step-files';
import { loadStepCopy, readStepFiles } from '$lib/copy/step-copy-plugin';
import { STEP_COPY } from '$lib/copy/steps';
import { STEPS } from '$lib/story/chapters';

const known = {
  events: new Set(timeline.map((event) => event.id)),
  keyFigures: new Set(keyFigures.map((figure) => figure.id)),
};

function fixtureFile(path: string): StepFile {
  return {
    file: `tests/unit/fixtures/steps/${path}`,
    text: readFileSync(fileURLToPath(new URL(`fixtures/steps/${path}`, import.meta.url)), 'utf8'),
  };
}

/** The real files, with the fixture standing in for the file of the same name. */
function withFixture(path: string): StepFile[] {
  const name = path.split('/').at(-1) ?? path;
  return [...readStepFiles().filter((one) => !one.file.endsWith(`/${name}`)), fixtureFile(path)];
}

function problemsOf(files: readonly StepFile[]): readonly ContentProblem[] {
  try {
    parseStepFiles(files, known);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('the step-copy files', () => {
  it('give every step of every chapter its copy, and only those steps', () => {
    const copy = loadStepCopy();
    expect(Object.keys(copy)).toEqual(STEPS.map((step) => step.id));
    expect(copy).toStrictEqual(STEP_COPY);
  });
});

describe('a mistake in a step-copy file', () => {
  const file = 'tests/unit/fixtures/steps/mistakes/opening.yaml';
  const problems = problemsOf(withFixture('mistakes/opening.yaml'));
  const messages = (field: string) =>
    problems.filter((problem) => problem.field === field).map((problem) => problem.message);

  it('reports a {kf:…} placeholder that names no key figure, at its line', () => {
    const problem = problems.find((one) => one.message.includes('{kf:oct-7-kiled}'));
    expect(problem).toEqual({
      file,
      line: 5,
      field: 'opening-first-fire.paragraphs.0',
      message: '{kf:oct-7-kiled} names no key figure (packages/data/content/key-figures.yaml)',
    });
  });

  it('reports an unknown fact key and a {date:…} of an event that does not exist', () => {
    const first = messages('opening-first-fire.paragraphs.0');
    expect(first).toContain(
      '{notAFact} is not a fact the story computes (see apps/story/src/lib/facts/keys.ts)',
    );
    expect(first).toContain(
      '{date:no-such-event} names no event (packages/data/content/timeline.yaml)',
    );
  });

  it('says when a key figure exists but the story does not quote it yet', () => {
    const second = messages('opening-first-fire.paragraphs.1');
    expect(second).toHaveLength(1);
    expect(second[0]).toContain(
      'key figure "oct-7-hostages" exists but the story does not quote it',
    );
  });

  it('reports an unpaired brace', () => {
    expect(messages('opening-first-fire.paragraphs.2')).toEqual(['has an unpaired "{"']);
  });

  it('reports a cited event id that does not exist, at its line', () => {
    expect(problems.find((one) => one.field === 'opening-first-fire.events.1')).toEqual({
      file,
      line: 10,
      field: 'opening-first-fire.events.1',
      message: '"no-such-event" is not an event id in packages/data/content/timeline.yaml',
    });
  });

  it('reports an article that is not a spine article', () => {
    expect(problems.find((one) => one.field === 'opening-first-fire.articles.1')?.line).toBe(11);
  });

  it('reports a misspelt field and the paragraphs it leaves missing', () => {
    expect(messages('opening-whole-war.paragraphs')).toEqual(['is missing (a array is required)']);
    expect(problems.some((one) => one.field === 'opening-whole-war' && one.line === 13)).toBe(true);
  });

  it('reports a step id that is not in the chapter, and a step left without copy', () => {
    const wrongStep = problems.find((one) => one.field === 'opening-wrong-step');
    expect(wrongStep?.line).toBe(20);
    expect(wrongStep?.message).toContain('"opening-wrong-step" is not a step of chapter "opening"');
    expect(problems).toContainEqual({
      file,
      line: 2,
      field: '',
      message: 'step "opening-two-caveats" has no copy',
    });
  });

  it('reports a step written twice', () => {
    expect(problemsOf(withFixture('duplicate-step/opening.yaml'))).toEqual([
      {
        file: 'tests/unit/fixtures/steps/duplicate-step/opening.yaml',
        line: 7,
        field: '',
        message: 'duplicate key: Map keys must be unique',
      },
    ]);
  });

  it('reports a file named after no chapter', () => {
    const found = problemsOf(withFixture('unknown-chapter/prologue.yaml'));
    expect(found.map((problem) => problem.file)).toEqual([
      'tests/unit/fixtures/steps/unknown-chapter/prologue.yaml',
    ]);
    expect(found[0]?.message).toContain('no chapter is called "prologue"');
  });
});
