import { InvalidArgumentError } from '../errors.js';
import type { RowCounts } from '../schemas/provenance.js';

/**
 * A tally of rows read, kept and rejected by reason, for loaders. Every row must end up in
 * exactly one of `keep` or `reject`; {@link RowTally.counts} refuses to report a tally that does
 * not add up.
 */
export class RowTally {
  private read = 0;
  private kept = 0;
  private readonly rejected = new Map<string, number>();

  /** Records that a row was read. */
  readRow(): void {
    this.read++;
  }

  /** Records that a row was kept. */
  keep(): void {
    this.kept++;
  }

  /**
   * Records that a row was rejected, and why.
   * @throws {InvalidArgumentError} on an empty reason (provenance keys must be non-empty).
   */
  reject(reason: string): void {
    if (reason.trim() === '') throw new InvalidArgumentError('reason', 'is empty');
    this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + 1);
  }

  /** Moves one kept row to a rejection reason (e.g. a duplicate found after the fact). */
  unkeep(reason: string): void {
    if (this.kept === 0) throw new InvalidArgumentError('reason', 'no kept row to reject');
    this.reject(reason);
    this.kept--;
  }

  /** The reconciled counts, reasons in alphabetical order. */
  counts(): RowCounts {
    const rejected = Object.fromEntries(
      [...this.rejected.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const counts = { read: this.read, kept: this.kept, rejected };
    assertReconciled(counts);
    return counts;
  }
}

/** Total rejected rows across reasons. */
export function rejectedTotal(counts: RowCounts): number {
  return Object.values(counts.rejected).reduce((sum, count) => sum + count, 0);
}

/**
 * Checks `read === kept + rejected`.
 * @throws {InvalidArgumentError} if the counts do not reconcile.
 */
export function assertReconciled(counts: RowCounts): void {
  const rejected = rejectedTotal(counts);
  if (counts.read !== counts.kept + rejected) {
    throw new InvalidArgumentError(
      'counts',
      `rows do not reconcile: read ${counts.read} ≠ kept ${counts.kept} + rejected ${rejected}`,
    );
  }
}
