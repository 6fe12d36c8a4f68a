/**
 * RFC 9457 problem details. Every error the API sends — bad input, unknown path, wrong method,
 * over-long URL, a disabled feature, a real bug — goes through here, so clients can handle all
 * of them with one parser.
 */
import type { Context } from 'hono';
import { mergeHeaders } from './headers.js';
import { requestTarget } from './request.js';
import { STANDARD_HEADERS } from './security.js';

/** Where a request parameter was read from. */
export type ParameterLocation = 'query' | 'path';

/** One refused request parameter and the reason, so a client can fix every problem at once. */
export interface ParameterError {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly reason: string;
}

/** The kinds of problem the API reports; each has a section in /docs that the `type` links to. */
export const PROBLEM_KINDS = {
  'invalid-parameters': { status: 400, title: 'Invalid request parameters' },
  'not-found': { status: 404, title: 'Not found' },
  'incidents-disabled': { status: 404, title: 'Incident data is not enabled on this server' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'uri-too-long': { status: 414, title: 'URI too long' },
  'internal-error': { status: 500, title: 'Internal server error' },
} as const satisfies Record<string, { status: number; title: string }>;

/** A problem kind. */
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** The JSON body of a problem response. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly errors?: readonly ParameterError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * The `type` URI of a problem kind. A relative reference into this API's own docs page: it
 * resolves against the request URL, so it points at a human-readable explanation on whichever
 * host serves the API.
 */
export function problemType(kind: ProblemKind): string {
  return `/docs#problem-${kind}`;
}

/** Thrown by handlers to answer with a problem; the app's error handler renders it. */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly kind: ProblemKind;
  readonly errors: readonly ParameterError[] | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    kind: ProblemKind,
    detail: string,
    options: {
      errors?: readonly ParameterError[];
      headers?: Readonly<Record<string, string>>;
    } = {},
  ) {
    super(detail);
    this.kind = kind;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

/** A 400 for one bad parameter: the common case of a value that parses but makes no sense. */
export function invalidParameter(name: string, where: ParameterLocation, reason: string) {
  return new ProblemError('invalid-parameters', `The ${where} parameter "${name}" ${reason}.`, {
    errors: [{ name, in: where, reason }],
  });
}

/**
 * The request target (path and query) a problem is about. The query is dropped when the target
 * is too long to echo back usefully.
 */
export function instanceOf(url: string, maxLength = 2048): string {
  const target = requestTarget(url);
  if (target.length <= maxLength) return target;
  const query = target.indexOf('?');
  return query < 0 ? target.slice(0, maxLength) : target.slice(0, Math.min(query, maxLength));
}

/** Builds the problem body for a kind. */
export function problemOf(
  kind: ProblemKind,
  detail: string,
  instance: string,
  errors?: readonly ParameterError[],
): Problem {
  const { status, title } = PROBLEM_KINDS[kind];
  return {
    type: problemType(kind),
    title,
    status,
    detail,
    instance,
    ...(errors === undefined ? {} : { errors }),
  };
}

/** Answers with a problem. Problems are never cached: they describe one request. */
export function problemResponse(
  c: Context,
  kind: ProblemKind,
  detail: string,
  options: {
    errors?: readonly ParameterError[];
    headers?: Readonly<Record<string, string>>;
  } = {},
): Response {
  const problem = problemOf(kind, detail, instanceOf(c.req.url), options.errors);
  const body = JSON.stringify(problem);
  return new Response(body, {
    status: PROBLEM_KINDS[kind].status,
    headers: mergeHeaders(
      STANDARD_HEADERS,
      {
        'Content-Type': PROBLEM_CONTENT_TYPE,
        'Content-Length': String(Buffer.byteLength(body)),
        'Cache-Control': 'no-store',
      },
      options.headers,
    ),
  });
}
