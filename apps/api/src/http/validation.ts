/**
 * Turns zod validation failures of query and path parameters into one 400 problem that names
 * every bad parameter, instead of zod's raw error object.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { problemResponse, type ParameterError, type ParameterLocation } from './problem.js';

/** What the validator hands the hook: the raw input and zod's verdict. */
export interface ValidationOutcome {
  readonly target: string;
  readonly success: boolean;
  readonly error?: z.ZodError;
  readonly data?: unknown;
}

function locationOf(target: string): ParameterLocation {
  return target === 'param' ? 'path' : 'query';
}

/** The raw value a client sent for a parameter, if the validator passed it along. */
function rawValue(data: unknown, name: string): unknown {
  if (typeof data !== 'object' || data === null) return undefined;
  return (data as Readonly<Record<string, unknown>>)[name];
}

/**
 * One entry per bad parameter, in the order zod found them; unknown keys get one entry each.
 * A parameter that fails several checks is reported once, with the first (most basic) reason:
 * "not a date" says more than "not a date within the data".
 */
export function parameterErrors(
  error: z.ZodError,
  where: ParameterLocation,
  data: unknown,
): ParameterError[] {
  const errors: ParameterError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ name: key, in: where, reason: issue.message });
      continue;
    }
    const name = issue.path.map(String).join('.') || '(request)';
    // A parameter given twice arrives as an array; say that rather than "expected string".
    const reason = Array.isArray(rawValue(data, name))
      ? 'is given more than once; give it once'
      : issue.message;
    if (!errors.some((entry) => entry.name === name)) errors.push({ name, in: where, reason });
  }
  return errors;
}

/** The default hook of every route: a 400 problem for any parameter that fails its schema. */
export function validationHook(result: ValidationOutcome, c: Context): Response | undefined {
  if (result.success || result.error === undefined) return undefined;
  const where = locationOf(result.target);
  const errors = parameterErrors(result.error, where, result.data);
  const names = [...new Set(errors.map((entry) => `"${entry.name}"`))].join(', ');
  return problemResponse(
    c,
    'invalid-parameters',
    `The request has invalid ${where} parameters: ${names}. See "errors" for each reason.`,
    { errors },
  );
}
