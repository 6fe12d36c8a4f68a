/** Shared helpers for route tests: requests through app.request() and problem checks. */
import { expect } from 'vitest';
import { createApp, type AppOptions } from '../src/app.js';
import type { ApiSnapshot } from '../src/snapshot/types.js';
import { syntheticSnapshot } from './fixtures/snapshot.js';

/** The app type. */
export type TestApp = ReturnType<typeof createApp>;

/** An app over a snapshot, with the access log off and errors collected instead of printed. */
export function testApp(
  snapshot: ApiSnapshot = syntheticSnapshot,
  options: Partial<AppOptions> = {},
): { app: TestApp; errors: unknown[] } {
  const errors: unknown[] = [];
  const app = createApp({
    snapshot,
    accessLog: false,
    reportError: (error) => errors.push(error),
    ...options,
  });
  return { app, errors };
}

/** GET with optional headers (identity coding unless asked, so bodies are readable). */
export function get(
  app: TestApp,
  url: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(url, { headers: { 'accept-encoding': 'identity', ...headers } }),
  );
}

/** One entry of a problem's `errors`. */
export interface ProblemEntry {
  readonly name: string;
  readonly in: string;
  readonly reason: string;
}

/** A parsed problem body. */
export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly errors?: ProblemEntry[];
}

/** Asserts an RFC 9457 problem response with `status` and returns its body. */
export async function expectProblem(response: Response, status: number): Promise<ProblemBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = (await response.json()) as ProblemBody;
  expect(body.status).toBe(status);
  expect(typeof body.type).toBe('string');
  expect(body.type.startsWith('/docs#problem-')).toBe(true);
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(typeof body.instance).toBe('string');
  return body;
}

/** The names of the bad parameters a 400 reports. */
export async function badParameters(response: Response): Promise<string[]> {
  const body = await expectProblem(response, 400);
  return (body.errors ?? []).map((entry) => entry.name);
}
