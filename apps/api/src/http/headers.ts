/**
 * Header records as plain objects with lower-case names. Responses are built from plain objects
 * (the fast path of @hono/node-server), where `Content-Type` and `content-type` would be two
 * different keys and go out as two headers; lower-casing makes later records override earlier.
 */

/** Merges header records left to right, names lower-cased. */
export function mergeHeaders(
  ...records: readonly (Readonly<Record<string, string>> | undefined)[]
): Readonly<Record<string, string>> {
  const merged: Record<string, string> = {};
  for (const record of records) {
    if (record === undefined) continue;
    for (const [name, value] of Object.entries(record)) merged[name.toLowerCase()] = value;
  }
  return Object.freeze(merged);
}
