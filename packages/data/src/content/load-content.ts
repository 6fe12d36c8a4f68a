/**
 * The editorial content files (`packages/data/content/*.yaml`) turned into validated timeline
 * events, key figures, phases and named sources. Each parser takes a file's text and returns
 * its entries or every problem found, so one build reports all mistakes at once.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  KeyEventSchema,
  KeyFigureSchema,
  PhaseSchema,
  SourceRefSchema,
  type KeyEvent,
  type KeyFigure,
  type Phase,
  type SourceRef,
} from '@blueline/core';
import type { z } from 'zod';
import { repoRoot } from '../paths.js';
import {
  ContentDocument,
  ContentError,
  duplicateIdProblems,
  validateEntry,
  type ContentProblem,
} from './parse-yaml.js';

/** Entries parsed from one file, or the problems that stopped some of them. */
export interface Parsed<T> {
  readonly value: T;
  readonly problems: readonly ContentProblem[];
}

/** Sources cited by name (`csis`, `toi`…) instead of being written out each time. */
export type NamedSources = ReadonlyMap<string, SourceRef>;

/** The content file names, inside the content directory. */
export const CONTENT_FILES = {
  sources: 'sources.yaml',
  timeline: 'timeline.yaml',
  keyFigures: 'key-figures.yaml',
  phases: 'phases.yaml',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listEntries(document: ContentDocument): {
  entries: unknown[];
  problems: ContentProblem[];
} {
  if (Array.isArray(document.data)) return { entries: document.data, problems: [] };
  return {
    entries: [],
    problems: [document.problem([], 'must be a list of entries, each starting with "- id:"')],
  };
}

/** Replaces a source given by name with the named source, or reports the unknown name. */
function resolveSource(
  document: ContentDocument,
  path: readonly PropertyKey[],
  value: unknown,
  named: NamedSources,
  problems: ContentProblem[],
): unknown {
  if (typeof value !== 'string') return value;
  const source = named.get(value);
  if (source === undefined) {
    problems.push(
      document.problem(
        path,
        `unknown source "${value}": write it out (outlet, date, headline, url) or use one of ${[...named.keys()].join(', ')} (sources.yaml)`,
      ),
    );
  }
  return source ?? value;
}

/** Validates each entry of a list file with `schema`, keeping the good ones. */
function parseList<Schema extends z.ZodType<{ id: string }>>(
  document: ContentDocument,
  schema: Schema,
  prepare: (entry: unknown, path: readonly PropertyKey[], problems: ContentProblem[]) => unknown,
): Parsed<z.output<Schema>[]> {
  const { entries, problems } = listEntries(document);
  const values: z.output<Schema>[] = [];
  const ids: { id: string; path: readonly PropertyKey[] }[] = [];
  entries.forEach((entry, index) => {
    const referenceProblems: ContentProblem[] = [];
    const prepared = prepare(entry, [index], referenceProblems);
    const result = validateEntry(document, [index], prepared, schema);
    if (isRecord(entry) && typeof entry['id'] === 'string')
      ids.push({ id: entry['id'], path: [index] });
    if (result.ok) values.push(result.value);
    else problems.push(...result.problems.filter((one) => !isShadowed(one, referenceProblems)));
    problems.push(...referenceProblems);
  });
  problems.push(...duplicateIdProblems(document, ids));
  return { value: values, problems: problems.sort((a, b) => a.line - b.line) };
}

/** A schema problem about a field already reported as an unknown source name. */
function isShadowed(problem: ContentProblem, references: readonly ContentProblem[]): boolean {
  return references.some((reference) => problem.field.startsWith(reference.field));
}

/** `sources.yaml`: a map from a short name to a full source. */
export function parseNamedSources(text: string, file: string): Parsed<NamedSources> {
  const document = ContentDocument.parse(text, file);
  const named = new Map<string, SourceRef>();
  if (!isRecord(document.data)) {
    return {
      value: named,
      problems: [document.problem([], 'must map short names to sources ("csis: …")')],
    };
  }
  const problems: ContentProblem[] = [];
  for (const [name, value] of Object.entries(document.data)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
      problems.push(document.problem([name], 'a source name must be a lowercase slug'));
    }
    const result = validateEntry(document, [name], value, SourceRefSchema);
    if (result.ok) named.set(name, result.value);
    else problems.push(...result.problems);
  }
  return { value: named, problems };
}

/** `timeline.yaml`: a list of events; a source may be a name from `sources.yaml`. */
export function parseTimeline(text: string, file: string, named: NamedSources): Parsed<KeyEvent[]> {
  const document = ContentDocument.parse(text, file);
  return parseList(document, KeyEventSchema, (entry, path, problems) => {
    if (!isRecord(entry) || !Array.isArray(entry['sources'])) return entry;
    const sources: unknown[] = entry['sources'];
    return {
      ...entry,
      sources: sources.map((source, index) =>
        resolveSource(document, [...path, 'sources', index], source, named, problems),
      ),
    };
  });
}

/** `key-figures.yaml`: a list of figures; the source may be a name from `sources.yaml`. */
export function parseKeyFigures(
  text: string,
  file: string,
  named: NamedSources,
): Parsed<KeyFigure[]> {
  const document = ContentDocument.parse(text, file);
  return parseList(document, KeyFigureSchema, (entry, path, problems) =>
    isRecord(entry)
      ? {
          ...entry,
          source: resolveSource(document, [...path, 'source'], entry['source'], named, problems),
        }
      : entry,
  );
}

/** `phases.yaml`: a list of phases. */
export function parsePhases(text: string, file: string): Parsed<Phase[]> {
  return parseList(ContentDocument.parse(text, file), PhaseSchema, (entry) => entry);
}

/** Everything the content files hold. */
export interface Content {
  readonly sources: NamedSources;
  readonly timeline: KeyEvent[];
  readonly keyFigures: KeyFigure[];
  readonly phases: Phase[];
}

/**
 * Reads and validates every content file in `directory`.
 * @throws {ContentError} listing every problem in every file, as `file:line: field: message`
 * (paths relative to the repository root).
 */
export function loadContent(directory: string): Content {
  const problems: ContentProblem[] = [];
  const read = (name: string): { text: string; file: string } => {
    const path = join(directory, name);
    return { text: readFileSync(path, 'utf8'), file: relative(repoRoot, path) };
  };
  // A file that does not parse at all reports its problems and counts as empty, so that the
  // other files are still checked in the same run.
  const collect = <T>(parse: () => Parsed<T>, empty: T): T => {
    try {
      const parsed = parse();
      problems.push(...parsed.problems);
      return parsed.value;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return empty;
    }
  };
  const sourcesFile = read(CONTENT_FILES.sources);
  const sources = collect<NamedSources>(
    () => parseNamedSources(sourcesFile.text, sourcesFile.file),
    new Map(),
  );
  const timelineFile = read(CONTENT_FILES.timeline);
  const timeline = collect(() => parseTimeline(timelineFile.text, timelineFile.file, sources), []);
  const figuresFile = read(CONTENT_FILES.keyFigures);
  const keyFigures = collect(
    () => parseKeyFigures(figuresFile.text, figuresFile.file, sources),
    [],
  );
  const phasesFile = read(CONTENT_FILES.phases);
  const phases = collect(() => parsePhases(phasesFile.text, phasesFile.file), []);
  if (problems.length > 0) throw new ContentError(problems);
  return { sources, timeline, keyFigures, phases };
}
