/** What every route module receives, and how a route answers with a cached representation. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { RepresentationCache } from '../http/cache.js';
import type { Representation } from '../http/representation.js';
import { currentTarget } from '../http/request.js';
import { send, type RepresentationResponse } from '../http/send.js';
import type { ApiSnapshot } from '../snapshot/types.js';

/** The app type every route registers on. */
export type ApiApp = OpenAPIHono;

/** Dependencies of the snapshot routes. */
export interface RouteContext {
  readonly snapshot: ApiSnapshot;
  readonly cache: RepresentationCache;
}

/** A stable cache key for a route and its validated query (zod emits keys in schema order). */
export function cacheKey(route: string, query: object): string {
  return `${route}?${JSON.stringify(query)}`;
}

/**
 * Answers with the representation cached under `key` (built by `build` on a miss) and
 * remembers this request target, so the same request is answered without re-validation.
 */
export function respond<T>(
  c: Context,
  cache: RepresentationCache,
  key: string,
  build: () => Representation<T>,
): RepresentationResponse<T> {
  const representation = cache.get(key, build);
  cache.remember(currentTarget(c), key);
  return send(c, representation);
}
