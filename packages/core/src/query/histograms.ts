import type { DistanceHistogram, SeriesSource } from '../schemas/aggregates.js';
import type { Belligerent } from '../schemas/side.js';

/** A filter over distance histograms: any field left out matches everything. */
export interface HistogramQuery {
  /** Only histograms of this side. */
  readonly side?: Belligerent;
  /** Only histograms of this source. */
  readonly source?: SeriesSource;
  /** Only the histogram of the period with this id. */
  readonly periodId?: string;
}

/**
 * The histograms matching a query, in their original order.
 * @example filterHistograms(histograms, { side: 'israel', periodId: 'week-of-sep-22' })
 */
export function filterHistograms(
  histograms: readonly DistanceHistogram[],
  query: HistogramQuery,
): DistanceHistogram[] {
  return histograms.filter(
    (histogram) =>
      (query.side === undefined || histogram.side === query.side) &&
      (query.source === undefined || histogram.source === query.source) &&
      (query.periodId === undefined || histogram.period.id === query.periodId),
  );
}
