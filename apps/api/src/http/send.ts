/**
 * Sends a precomputed representation: picks the coding, answers conditional requests with 304.
 * No serialisation, hashing or header assembly happens here — the response is one object built
 * from ready-made parts, which keeps @hono/node-server on its fast path.
 */
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { negotiateEncoding } from './encoding.js';
import type { Representation } from './representation.js';
import { requestHeader } from './request.js';

export { SNAPSHOT_CACHE_CONTROL } from './representation.js';

/** Responses from an operator's own licensed export: not for shared caches. */
export const PRIVATE_CACHE_CONTROL = 'private, max-age=300';

/**
 * Whether `If-None-Match` names this resource. Comparison is weak (RFC 9110 §13.1.2), so a tag a
 * client got for any coding of the same body matches — the content is the same.
 */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  for (const raw of header.split(',')) {
    let candidate = raw.trim();
    if (candidate.startsWith('W/')) candidate = candidate.slice(2);
    if (candidate.length < 2 || !candidate.startsWith('"') || !candidate.endsWith('"')) continue;
    candidate = candidate.slice(1, -1);
    const dot = candidate.lastIndexOf('.');
    if ((dot < 0 ? candidate : candidate.slice(0, dot)) === tag) return true;
  }
  return false;
}

/** The typed response a route promises for a representation of `T`. */
export type RepresentationResponse<T> = Response & TypedResponse<JSONParsed<T>, 200, 'json'>;

/** Answers with a representation (200, or 304 when the client's copy is current). */
export function send<T>(c: Context, representation: Representation<T>): RepresentationResponse<T> {
  const variant = representation.variant(negotiateEncoding(requestHeader(c, 'accept-encoding')));
  const response = matchesIfNoneMatch(requestHeader(c, 'if-none-match'), representation.tag)
    ? new Response(null, { status: 304, headers: variant.notModifiedHeaders })
    : new Response(variant.body, { status: 200, headers: variant.headers });
  // The body is the serialisation of a `T` (see Representation), so this only records the type
  // for Hono's typed routes; a 304 carries no body to mistype.
  return response as RepresentationResponse<T>;
}
