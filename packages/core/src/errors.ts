import type { z } from 'zod';

/** One problem with one field of an input record. */
export interface FieldProblem {
  /** Dotted path of the offending field (`latitude`, `sources.0.date`); empty for the whole record. */
  readonly field: string;
  /** What is wrong with it, e.g. `is not a decimal number`. */
  readonly message: string;
}

/** Where an input record came from, so an error can point at it. */
export interface RecordLocation {
  /** File name or path as the caller wants it shown. */
  readonly file: string;
  /** 1-based line number in the file (the header is line 1 of a CSV). */
  readonly line: number;
}

/**
 * Thrown when input cannot be used as it is. It names the file, line and field, and keeps every
 * field problem so callers can report or count them.
 */
export class InputError extends Error {
  /** Always `InputError`. */
  override readonly name = 'InputError';
  /** Every problem found in the record. */
  readonly problems: readonly FieldProblem[];
  /** Where the record came from, when known. */
  readonly location: RecordLocation | undefined;

  /** Builds the error; the message is {@link formatProblems} of the problems. */
  constructor(problems: readonly FieldProblem[], location?: RecordLocation) {
    super(formatProblems(problems, location));
    this.problems = problems;
    this.location = location;
  }
}

/** Thrown by pure functions given an argument outside their domain (e.g. `2024-02-30`). */
export class InvalidArgumentError extends RangeError {
  /** Always `InvalidArgumentError`. */
  override readonly name = 'InvalidArgumentError';
  /** The name of the offending argument (or a path into it, e.g. `coordinates.3`). */
  readonly argument: string;

  /** Builds the error; the message is `argument: message`. */
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`);
    this.argument = argument;
  }
}

/** Turns zod issues into field problems with dotted paths. */
export function problemsFromZod(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** `file:line: field: message` — one line per problem, the way compilers report. */
export function formatProblems(
  problems: readonly FieldProblem[],
  location?: RecordLocation,
): string {
  const where = location ? `${location.file}:${location.line}: ` : '';
  if (problems.length === 0) return `${where}invalid input`;
  return problems
    .map(
      (problem) =>
        `${where}${problem.field === '' ? '(record)' : problem.field}: ${problem.message}`,
    )
    .join('\n');
}

/** The outcome of validating one record: the typed value, or the problems. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/**
 * Validates one record against a schema without throwing, so a loader can reject the row,
 * count the reason and carry on.
 */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  record: unknown,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(record);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: problemsFromZod(result.error) };
}

/**
 * Validates a value and throws an {@link InputError} naming the location on failure. Use it
 * where bad input must stop the run (a malformed file), not where a row can be rejected.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  location?: RecordLocation,
): z.output<S> {
  const result = parseRecord(schema, value);
  if (!result.ok) throw new InputError(result.problems, location);
  return result.value;
}
