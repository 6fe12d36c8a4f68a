/**
 * Reads an editorial content file (YAML) and validates it with a core schema, reporting every
 * problem as `file:line: field: message`, the same standard as the raw-data loaders. Pure: it
 * takes the file's text, so the story's build and the tests can use it without touching disk.
 */
import type { z } from 'zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** One problem in a content file, located at the line of the offending value. */
export interface ContentProblem {
  readonly file: string;
  /** 1-based line of the value (or of the entry that lacks it). */
  readonly line: number;
  /** Dotted path from the top of the file, e.g. `hezbollah-opens-front.sources.1.date`. */
  readonly field: string;
  readonly message: string;
}

/** `file:line: field: message`, one problem per line. */
export function formatContentProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field === '' ? '(file)' : problem.field}: ${problem.message}`;
}

/** How many problems an error message lists before summing up the rest. */
const LISTED_PROBLEMS = 30;

/** Thrown when a content file cannot be used: it lists every problem found, with its line. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const listed = problems.slice(0, LISTED_PROBLEMS).map(formatContentProblem);
    const more = problems.length - listed.length;
    super(
      [
        `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content files:`,
        ...listed,
        ...(more > 0 ? [`… and ${more} more`] : []),
      ].join('\n'),
    );
    this.problems = problems;
  }
}

/** A parsed YAML file that can say on which line any path of its data sits. */
export class ContentDocument {
  readonly file: string;
  /** The file's data as plain JavaScript (objects, arrays, strings, numbers, booleans). */
  readonly data: unknown;
  private readonly text: string;
  private readonly document: Document.Parsed;
  private readonly lines: LineCounter;

  private constructor(file: string, text: string, document: Document.Parsed, lines: LineCounter) {
    this.file = file;
    this.text = text;
    this.document = document;
    this.lines = lines;
    this.data = document.toJS();
  }

  /**
   * Parses YAML 1.2 text (core schema: `2024-06-18` stays a string, keys must be unique).
   * @throws {ContentError} on a syntax error or a duplicate key, with its line.
   */
  static parse(text: string, file: string): ContentDocument {
    const lines = new LineCounter();
    const document = parseDocument(text, {
      lineCounter: lines,
      prettyErrors: true,
      uniqueKeys: true,
      version: '1.2',
    });
    if (document.errors.length > 0) {
      throw new ContentError(
        document.errors.map((error) => ({
          file,
          line: error.linePos?.[0].line ?? 1,
          field: '',
          message: `${error.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'YAML syntax'}: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
        })),
      );
    }
    return new ContentDocument(file, text, document, lines);
  }

  /**
   * The line of the entry at `path`: of its key when it sits in a map (so `step-id:` rather
   * than the first line of the step's body), else of the value; a path that does not exist
   * (a missing field) falls back to its nearest ancestor.
   */
  lineOf(path: readonly PropertyKey[]): number {
    for (let length = path.length; length >= 0; length -= 1) {
      const start = this.startOf(path.slice(0, length));
      if (start !== undefined) return this.lines.linePos(start).line;
    }
    return 1;
  }

  /**
   * The line where `needle` (e.g. a placeholder) is written inside the text value at `path`,
   * for prose that runs over several lines; else the line of the value.
   */
  lineOfText(path: readonly PropertyKey[], needle: string): number {
    const node: unknown = this.document.getIn(path, true);
    const range = isNodeWithRange(node) ? node.range : undefined;
    if (range !== undefined && range !== null) {
      const at = this.text.indexOf(needle, range[0]);
      if (at !== -1 && at < range[1]) return this.lines.linePos(at).line;
    }
    return this.lineOf(path);
  }

  private startOf(path: readonly PropertyKey[]): number | undefined {
    const last = path.at(-1);
    if (last !== undefined) {
      const parent: unknown = this.document.getIn(path.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
        if (pair === undefined) return undefined;
        if (isNodeWithRange(pair.key)) return pair.key.range?.[0];
      }
    }
    const node: unknown = this.document.getIn(path, true);
    return isNodeWithRange(node) ? node.range?.[0] : undefined;
  }

  /**
   * A problem at `path`. `field` is the path joined with dots, a list entry named by its id
   * (`bad-date.sources.0.date` rather than `4.sources.0.date`) so an editor can search for it.
   */
  problem(path: readonly PropertyKey[], message: string): ContentProblem {
    const [first, ...rest] = path;
    const entry: unknown =
      typeof first === 'number' && Array.isArray(this.data) ? this.data[first] : undefined;
    const id = isRecord(entry) && typeof entry['id'] === 'string' ? entry['id'] : undefined;
    const named = id === undefined ? path : [id, ...rest];
    return {
      file: this.file,
      line: this.lineOf(path),
      field: named.map(String).join('.'),
      message,
    };
  }

  /** Whether the top of the file is a list (`- …` entries) or a map (`key: …` entries). */
  get shape(): 'list' | 'map' | 'other' {
    const contents = this.document.contents;
    return isSeq(contents) ? 'list' : isMap(contents) ? 'map' : 'other';
  }
}

function isNodeWithRange(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Fields present in `input` that the schema dropped from `output`: a misspelt key (`endate:`)
 * would otherwise vanish without a word.
 */
function unknownFields(
  input: unknown,
  output: unknown,
  path: readonly PropertyKey[],
): PropertyKey[][] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, index) => unknownFields(item, output[index], [...path, index]));
  }
  if (isRecord(input) && isRecord(output)) {
    return Object.keys(input).flatMap((key) =>
      key in output ? unknownFields(input[key], output[key], [...path, key]) : [[...path, key]],
    );
  }
  return [];
}

/** zod's message, except that a missing field says so plainly. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `is missing (a ${issue.expected} is required)`;
  }
  return issue.message;
}

/**
 * Validates one entry of a content file with a zod schema.
 * @returns the parsed entry, or the problems, each at its own line.
 */
export function validateEntry<Schema extends z.ZodType>(
  document: ContentDocument,
  path: readonly PropertyKey[],
  value: unknown,
  schema: Schema,
): { ok: true; value: z.output<Schema> } | { ok: false; problems: ContentProblem[] } {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) =>
        document.problem([...path, ...issue.path], plainMessage(issue)),
      ),
    };
  }
  const unknown = unknownFields(value, parsed.data, path);
  if (unknown.length > 0) {
    return {
      ok: false,
      problems: unknown.map((field) =>
        document.problem(field, 'is not a field of this entry (misspelt?)'),
      ),
    };
  }
  return { ok: true, value: parsed.data };
}

/** Problems for every id that appeared earlier in the same list, at the repeat's line. */
export function duplicateIdProblems(
  document: ContentDocument,
  entries: readonly { readonly id: string; readonly path: readonly PropertyKey[] }[],
): ContentProblem[] {
  const firstLine = new Map<string, number>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const line = document.lineOf([...entry.path, 'id']);
    const earlier = firstLine.get(entry.id);
    if (earlier === undefined) firstLine.set(entry.id, line);
    else {
      problems.push(
        document.problem(
          [...entry.path, 'id'],
          `duplicate id "${entry.id}" (first at line ${earlier})`,
        ),
      );
    }
  }
  return problems;
}
