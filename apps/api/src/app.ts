/**
 * The API as a pure function of its inputs: a snapshot, optionally an incident store, and where
 * logs go. No I/O happens here, so tests drive it with `app.request()` and the server only adds
 * a socket.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { accessLog, type LogSink } from './http/access-log.js';
import { DEFAULT_CACHE_BYTES, RepresentationCache } from './http/cache.js';
import { frontDoor, MAX_URL_LENGTH } from './http/front-door.js';
import { errorHandler, stderrErrorSink, type ErrorSink } from './http/errors.js';
import { problemResponse } from './http/problem.js';
import { mergeHeaders } from './http/headers.js';
import { corsPreflight, STANDARD_HEADERS } from './http/security.js';
import { validationHook } from './http/validation.js';
import type { IncidentStore } from './incidents/store.js';
import { registerDocs } from './openapi/register.js';
import { registerSnapshotRoutes } from './routes/index.js';
import { registerIncidents } from './routes/incidents.js';
import { registerHealth } from './routes/health.js';
import type { ApiSnapshot } from './snapshot/types.js';

/** How to build the app. */
export interface AppOptions {
  readonly snapshot: ApiSnapshot;
  /** Bring-your-own-data mode: the operator's ACLED export, indexed. Absent → /v1/incidents 404s. */
  readonly incidents?: IncidentStore;
  /** Where access-log lines go; `false` turns the log off (tests, benchmarks). */
  readonly accessLog?: LogSink | false;
  /** Where unexpected errors are reported (stderr by default). */
  readonly reportError?: ErrorSink;
  /** Byte budget of the response cache. */
  readonly cacheBytes?: number;
  /** Longest accepted request target. */
  readonly maxUrlLength?: number;
}

/** Builds the API. Startup work (precomputing bodies) happens here, once. */
export function createApp(options: AppOptions): OpenAPIHono {
  const app = new OpenAPIHono<Env>({ defaultHook: validationHook });
  const cache = new RepresentationCache(options.cacheBytes ?? DEFAULT_CACHE_BYTES);
  if (options.accessLog !== undefined && options.accessLog !== false) {
    app.use(accessLog(options.accessLog));
  }
  app.use(frontDoor(cache, options.maxUrlLength ?? MAX_URL_LENGTH));
  app.use(corsPreflight());
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        problemResponse(
          c,
          'method-not-allowed',
          `${c.req.method} is not supported here; use ${allowed.join(', ')}. The API is read-only.`,
          { headers: { Allow: allowed.join(', ') } },
        ),
    }),
  );

  registerHealth(app, cache, options.snapshot.version, options.incidents !== undefined);
  registerSnapshotRoutes(app, { snapshot: options.snapshot, cache });
  registerIncidents(app, options.incidents);
  registerDocs(app, cache);

  // The root is for people who typed the host into a browser: send them to the reference.
  app.get(
    '/',
    () =>
      new Response(null, {
        status: 302,
        headers: mergeHeaders(STANDARD_HEADERS, { Location: '/docs' }),
      }),
  );
  app.notFound((c) =>
    problemResponse(
      c,
      'not-found',
      `Nothing is served at ${c.req.path}. The endpoints are listed at /docs and /openapi.json.`,
    ),
  );
  app.onError(errorHandler(options.reportError ?? stderrErrorSink));
  return app;
}
