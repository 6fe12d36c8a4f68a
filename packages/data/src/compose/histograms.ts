import { histogram, type DistanceHistogram, type Period } from '@blueline/core';
import { clipPeriod } from './periods.js';
import { roundShare } from './rounding.js';
import type { SeriesSpec } from './series-event.js';

/** Fine bins: every kilometre from 0 to 150 km, then one open bin. Consumers re-bin with `rebin`. */
export const FINE_EDGES_KM: readonly number[] = Array.from({ length: 151 }, (_, km) => km);

/**
 * `histograms.json`: for every series and period, the distances of the events in it (those
 * precise enough to measure) in 1-km bins (core `histogram`). Periods are cut to the series'
 * coverage, and periods it does not reach are left out. Sorted by side, source, then period in
 * the given order.
 */
export function composeHistograms(
  series: readonly SeriesSpec[],
  periods: readonly Period[],
): DistanceHistogram[] {
  const ordered = [...series].sort((a, b) =>
    a.side !== b.side
      ? a.side < b.side
        ? -1
        : 1
      : a.source < b.source
        ? -1
        : a.source > b.source
          ? 1
          : 0,
  );
  return ordered.flatMap((spec) =>
    periods.flatMap((period) => {
      const clipped = clipPeriod(period, spec.coverage);
      if (clipped === null) return [];
      const distances = spec.events.flatMap((event) =>
        event.date >= clipped.from && event.date <= clipped.to && event.distanceKm !== null
          ? [event.distanceKm]
          : [],
      );
      const fine = histogram(distances, FINE_EDGES_KM);
      return [
        {
          bins: fine.bins.map((bin) => ({ ...bin, share: roundShare(bin.share) })),
          total: fine.total,
          side: spec.side,
          source: spec.source,
          period: clipped,
        },
      ];
    }),
  );
}
