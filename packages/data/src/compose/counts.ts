import { assertReconciled, type RowCounts } from '@blueline/core';

/**
 * Extends a loader's counts with a later stage that turns some kept rows into rejections (the
 * counting rule, the alert merge): `read` stays, `kept` falls by the rows moved, and the result
 * must still reconcile.
 * @throws {InvalidArgumentError} if more rows are moved than were kept.
 */
export function moveKeptToRejected(
  counts: RowCounts,
  moved: Readonly<Record<string, number>>,
): RowCounts {
  const rejected: Record<string, number> = { ...counts.rejected };
  let total = 0;
  for (const [reason, count] of Object.entries(moved)) {
    if (count === 0) continue;
    rejected[reason] = (rejected[reason] ?? 0) + count;
    total += count;
  }
  const sorted = Object.fromEntries(
    Object.entries(rejected).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const next = { read: counts.read, kept: counts.kept - total, rejected: sorted };
  if (next.kept < 0) {
    throw new RangeError(`cannot move ${total} rows: only ${counts.kept} were kept`);
  }
  assertReconciled(next);
  return next;
}

/** Adds one to a reason's count. */
export function bump(tally: Record<string, number>, reason: string): void {
  tally[reason] = (tally[reason] ?? 0) + 1;
}
