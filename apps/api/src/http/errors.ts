/**
 * The last line of defence: known client errors become their problem; anything else is a bug,
 * logged with its stack and answered with a bare 500 that leaks nothing.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ProblemError, problemResponse } from './problem.js';

/** Where unexpected errors are reported. */
export type ErrorSink = (error: unknown, c: Context) => void;

/** Logs an unexpected error as one JSON line on stderr. */
export const stderrErrorSink: ErrorSink = (error, c) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', method: c.req.method, path: c.req.path, error: detail })}\n`,
  );
};

/** Builds the app's `onError` handler. */
export function errorHandler(report: ErrorSink) {
  return (error: Error, c: Context): Response => {
    if (error instanceof ProblemError) {
      return problemResponse(c, error.kind, error.message, {
        ...(error.errors === undefined ? {} : { errors: error.errors }),
        headers: error.headers,
      });
    }
    // Hono raises these for malformed requests it parses itself (e.g. a bad body).
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, 'invalid-parameters', error.message);
    }
    report(error, c);
    return problemResponse(
      c,
      'internal-error',
      'The server failed to answer this request. The error has been logged.',
    );
  };
}
