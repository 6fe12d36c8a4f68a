import { summarisePhases, type Phase, type PhaseSummary } from '@blueline/core';
import { roundDepthStats, roundOrNull, roundRatio } from './rounding.js';
import type { SeriesSpec } from './series-event.js';

/**
 * Phase summaries (core `summarisePhases`) for every series, measured over the days its source
 * covers, with means and distances rounded. Ordered by series, then phase.
 */
export function composePhaseSummaries(
  series: readonly SeriesSpec[],
  phases: readonly Phase[],
): PhaseSummary[] {
  return series.flatMap((spec) =>
    summarisePhases(
      spec.events.filter(
        (event) => event.date >= spec.coverage.from && event.date <= spec.coverage.to,
      ),
      phases,
      { side: spec.side, source: spec.source, coverage: spec.coverage },
    ).map((summary) => ({
      ...summary,
      weeklyMean: roundOrNull(summary.weeklyMean, roundRatio),
      depth: roundDepthStats(summary.depth),
    })),
  );
}
