/**
 * The first middleware every request meets: refuse over-long URLs (414) before any parsing, and
 * answer a GET whose exact request target was answered before straight from the representation
 * cache — before CORS, method checks, routing middleware and zod validation. The first request
 * for a target goes the long way; only targets that validated and produced a body are ever
 * remembered (see `respond`), so the shortcut cannot let bad input through.
 */
import type { MiddlewareHandler } from 'hono';
import type { RepresentationCache } from './cache.js';
import { problemResponse } from './problem.js';
import { currentTarget } from './request.js';
import { send } from './send.js';

/** Longest accepted request target (path + query), in characters. */
export const MAX_URL_LENGTH = 2048;

/** Builds the front door over `cache`. */
export function frontDoor(
  cache: RepresentationCache,
  maxUrlLength = MAX_URL_LENGTH,
): MiddlewareHandler {
  return async (c, next) => {
    const target = currentTarget(c);
    if (target.length > maxUrlLength) {
      return problemResponse(
        c,
        'uri-too-long',
        `The request URL is ${target.length} characters long; the limit is ${maxUrlLength}. Narrow the query instead.`,
      );
    }
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') {
      const representation = cache.lookup(target);
      if (representation !== undefined) return send(c, representation);
    }
    await next();
    return undefined;
  };
}
