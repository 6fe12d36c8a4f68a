/**
 * One JSON line per request on stdout, for whatever collects the server's logs. Off in tests
 * and benchmarks, where writing to a pipe would measure the terminal, not the API.
 */
import type { MiddlewareHandler } from 'hono';

/** One access-log record. */
export interface AccessLogRecord {
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly bytes: number;
}

/** Where log lines go. */
export type LogSink = (line: string) => void;

/** Writes a line to stdout. */
export const stdoutSink: LogSink = (line) => {
  process.stdout.write(`${line}\n`);
};

/** Logs every request after its response is ready; `bytes` is the body as sent (coded). */
export function accessLog(sink: LogSink): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const record: AccessLogRecord = {
      time: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 1000) / 1000,
      bytes: Number(c.res.headers.get('content-length') ?? 0),
    };
    sink(JSON.stringify(record));
  };
}
