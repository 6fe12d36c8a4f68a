import type { DatedSeries, RowCounts, SourceFile } from '@blueline/core';

/** The result of loading a file of dated series. */
export interface SeriesLoad {
  readonly series: DatedSeries[];
  readonly counts: RowCounts;
  readonly files: SourceFile[];
  readonly issues: readonly string[];
}

/** Sorts points by date; the snapshot's arrays are always in a stable order. */
export function byDate<P extends { readonly date: string }>(points: P[]): P[] {
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
