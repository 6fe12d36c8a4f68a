/**
 * The steps' words, read from `apps/story/content/steps/<chapter>.yaml` (one file per chapter)
 * and checked against everything TypeScript used to check: each file belongs to a chapter, each
 * step of the chapter has copy and no other step does, every `{placeholder}` names a fact, a
 * quoted key figure or a dated event, and every cited event exists in the timeline. Node-only:
 * run by the build's step-copy plugin and by the tests, never shipped to the browser.
 */
import { StepCopySchema, placeholdersOf, type StepCopy } from '@blueline/core';
import {
  ContentDocument,
  ContentError,
  validateEntry,
  type ContentProblem,
} from '@blueline/data/content';
import { EVENT_IDS, FACT_KEYS, KEY_FIGURE_IDS } from '../facts/keys.js';
import { CHAPTERS, type StepId } from '../story/chapters.js';

/** One step-copy file: its name as shown in errors, and its text. */
export interface StepFile {
  /** Path as shown in errors, e.g. `apps/story/content/steps/opening.yaml`. */
  readonly file: string;
  readonly text: string;
}

/** The ids the copy may refer to, beyond the fixed fact keys. */
export interface KnownIds {
  /** Every event id in the timeline (timeline.yaml). */
  readonly events: ReadonlySet<string>;
  /** Every key-figure id in key-figures.yaml. */
  readonly keyFigures: ReadonlySet<string>;
}

const FACTS: ReadonlySet<string> = new Set(FACT_KEYS);
const QUOTED_FIGURES: ReadonlySet<string> = new Set(KEY_FIGURE_IDS);
const DATED_EVENTS: ReadonlySet<string> = new Set(EVENT_IDS);

/** What is wrong with one placeholder, or undefined when it resolves. */
function placeholderProblem(name: string, known: KnownIds): string | undefined {
  const colon = name.indexOf(':');
  if (colon === -1) {
    return FACTS.has(name)
      ? undefined
      : `{${name}} is not a fact the story computes (see apps/story/src/lib/facts/keys.ts)`;
  }
  const prefix = name.slice(0, colon);
  const id = name.slice(colon + 1);
  if (prefix === 'kf') {
    if (QUOTED_FIGURES.has(id)) return undefined;
    return known.keyFigures.has(id)
      ? `{${name}}: key figure "${id}" exists but the story does not quote it yet (an engineer adds it to KEY_FIGURE_IDS in apps/story/src/lib/facts/keys.ts)`
      : `{${name}} names no key figure (packages/data/content/key-figures.yaml)`;
  }
  if (prefix === 'date' || prefix === 'day') {
    if (DATED_EVENTS.has(id)) return undefined;
    return known.events.has(id)
      ? `{${name}}: event "${id}" exists but the story does not print its date yet (an engineer adds it to EVENT_IDS in apps/story/src/lib/facts/keys.ts)`
      : `{${name}} names no event (packages/data/content/timeline.yaml)`;
  }
  return `{${name}}: unknown prefix "${prefix}:" (use kf:, date: or day:)`;
}

/**
 * Problems beyond the schema: placeholders that resolve to nothing, events that do not exist.
 * Checked on the raw entry, so they are reported together with any schema problem.
 */
function referenceProblems(
  document: ContentDocument,
  stepId: string,
  value: unknown,
  known: KnownIds,
): ContentProblem[] {
  if (!isRecord(value)) return [];
  const problems: ContentProblem[] = [];
  const paragraphs = Array.isArray(value['paragraphs']) ? value['paragraphs'] : [];
  paragraphs.forEach((paragraph: unknown, index) => {
    if (typeof paragraph !== 'string') return;
    for (const name of placeholdersOf(paragraph)) {
      const message = placeholderProblem(name, known);
      if (message !== undefined) {
        const path = [stepId, 'paragraphs', index];
        problems.push({
          ...document.problem(path, message),
          line: document.lineOfText(path, `{${name}}`),
        });
      }
    }
  });
  const events = Array.isArray(value['events']) ? value['events'] : [];
  events.forEach((id: unknown, index) => {
    if (typeof id === 'string' && !known.events.has(id)) {
      problems.push(
        document.problem(
          [stepId, 'events', index],
          `"${id}" is not an event id in packages/data/content/timeline.yaml`,
        ),
      );
    }
  });
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The chapter a file is for: its name without the directory and `.yaml`. */
function chapterOf(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.ya?ml$/, '');
}

/**
 * Parses and checks every step-copy file.
 * @throws {ContentError} listing every problem in every file, as `file:line: field: message`.
 */
export function parseStepFiles(
  files: readonly StepFile[],
  known: KnownIds,
): Readonly<Record<StepId, StepCopy>> {
  const problems: ContentProblem[] = [];
  const copy = new Map<string, StepCopy>();
  const chapterIds = CHAPTERS.map((chapter) => chapter.id);
  const seenChapters = new Set<string>();
  for (const { file, text } of files) {
    const chapterId = chapterOf(file);
    const chapter = CHAPTERS.find((one) => one.id === chapterId);
    let document: ContentDocument;
    try {
      document = ContentDocument.parse(text, file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      seenChapters.add(chapterId);
      continue;
    }
    if (chapter === undefined) {
      problems.push(
        document.problem(
          [],
          `no chapter is called "${chapterId}"; files are named after chapters: ${chapterIds.join(', ')}`,
        ),
      );
      continue;
    }
    seenChapters.add(chapterId);
    if (!isRecord(document.data)) {
      problems.push(document.problem([], 'must map each step id to its copy ("step-id:")'));
      continue;
    }
    const stepIds: readonly string[] = chapter.steps;
    for (const [stepId, value] of Object.entries(document.data)) {
      if (!stepIds.includes(stepId)) {
        problems.push(
          document.problem(
            [stepId],
            `"${stepId}" is not a step of chapter "${chapterId}"; its steps are ${stepIds.join(', ')}`,
          ),
        );
        continue;
      }
      const result = validateEntry(document, [stepId], value, StepCopySchema);
      problems.push(...referenceProblems(document, stepId, value, known));
      if (result.ok) copy.set(stepId, result.value);
      else problems.push(...result.problems);
    }
    for (const stepId of stepIds) {
      if (!(stepId in document.data)) {
        problems.push(document.problem([], `step "${stepId}" has no copy`));
      }
    }
  }
  for (const chapterId of chapterIds) {
    if (!seenChapters.has(chapterId)) {
      problems.push({
        file: `content/steps/${chapterId}.yaml`,
        line: 1,
        field: '',
        message: `chapter "${chapterId}" has no step-copy file`,
      });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return Object.fromEntries(
    CHAPTERS.flatMap((chapter) => chapter.steps).map((id) => [id, copy.get(id)]),
  ) as Record<StepId, StepCopy>;
}
