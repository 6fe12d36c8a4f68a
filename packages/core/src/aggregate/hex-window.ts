import type { HexCellWeek, SeriesSource } from '../schemas/aggregates.js';
import type { Belligerent } from '../schemas/side.js';

/** Which hex-cell rows to add up: any field left out matches everything. */
export interface HexWindowQuery {
  readonly side?: Belligerent;
  readonly source?: SeriesSource;
  /** Earliest week start to include (inclusive). */
  readonly from?: string;
  /** Latest week start to include (inclusive). */
  readonly to?: string;
}

/** One cell's total over a window of weeks. */
export interface HexCellTotal {
  readonly cell: string;
  readonly count: number;
}

/**
 * Adds up weekly hex-cell counts per cell over a window of weeks, so a map can show "all strikes
 * from week A to week B" from the snapshot's weekly rows. Only cells with events appear, sorted
 * by cell id so the output is stable.
 * @example sumHexCells(rows, { side: 'israel', source: 'acled', from: '2024-09-22', to: '2024-09-22' })
 */
export function sumHexCells(
  rows: readonly HexCellWeek[],
  query: HexWindowQuery = {},
): HexCellTotal[] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (query.side !== undefined && row.side !== query.side) continue;
    if (query.source !== undefined && row.source !== query.source) continue;
    if (query.from !== undefined && row.weekStart < query.from) continue;
    if (query.to !== undefined && row.weekStart > query.to) continue;
    totals.set(row.cell, (totals.get(row.cell) ?? 0) + row.count);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([cell, count]) => ({ cell, count }));
}
