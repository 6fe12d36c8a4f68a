/**
 * Opaque pagination cursors: the keyset position (date, id) of the last row served, bound to
 * the filters it was issued for, so a cursor replayed against another query is refused rather
 * than silently skipping or repeating rows.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { IncidentPosition } from './store.js';

const CursorSchema = z.strictObject({
  v: z.literal(1),
  d: z.iso.date(),
  i: z.string().min(1).max(200),
  q: z.string().length(16),
});

/** A short fingerprint of a query's filters (not its page size, which may change per page). */
export function filterFingerprint(filters: object): string {
  return createHash('sha256').update(JSON.stringify(filters)).digest('base64url').slice(0, 16);
}

/** Encodes a position for the query with this fingerprint. */
export function encodeCursor(position: IncidentPosition, fingerprint: string): string {
  const payload = { v: 1, d: position.date, i: position.id, q: fingerprint };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** Why a cursor was refused, or the position it encodes. */
export type CursorResult =
  | { readonly ok: true; readonly position: IncidentPosition }
  | { readonly ok: false; readonly reason: string };

/** Decodes a cursor issued for the query with `fingerprint`. */
export function decodeCursor(cursor: string, fingerprint: string): CursorResult {
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(cursor)) {
    return { ok: false, reason: 'is not a cursor this API issued' };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'is not a cursor this API issued' };
  }
  const parsed = CursorSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, reason: 'is not a cursor this API issued' };
  if (parsed.data.q !== fingerprint) {
    return {
      ok: false,
      reason: 'was issued for different filters; repeat the filters of the first page with it',
    };
  }
  return { ok: true, position: { date: parsed.data.d, id: parsed.data.i } };
}
