import { compareWeeklyRows, weeklySeries, type WeeklyRow } from '@blueline/core';
import { roundKm, roundOrNull } from './rounding.js';
import type { SeriesSpec } from './series-event.js';

/**
 * `weekly.json`: every week of every series from its coverage start to its end (zero-filled by
 * core `weeklySeries`), distances rounded, rows in core's stable order (`compareWeeklyRows`).
 */
export function composeWeekly(series: readonly SeriesSpec[]): WeeklyRow[] {
  return series
    .flatMap((spec) =>
      weeklySeries(
        spec.events.filter(
          (event) => event.date >= spec.coverage.from && event.date <= spec.coverage.to,
        ),
        { side: spec.side, source: spec.source, from: spec.coverage.from, to: spec.coverage.to },
      ),
    )
    .map((row) => ({
      ...row,
      meanDistanceKm: roundOrNull(row.meanDistanceKm, roundKm),
      medianDistanceKm: roundOrNull(row.medianDistanceKm, roundKm),
      p90DistanceKm: roundOrNull(row.p90DistanceKm, roundKm),
    }))
    .sort(compareWeeklyRows);
}
