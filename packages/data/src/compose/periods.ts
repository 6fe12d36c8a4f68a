import { ANALYSIS_PERIODS, type Period, type Phase } from '@blueline/core';

/**
 * The periods histograms are computed for: the named phases (from the content) and core's
 * analysis periods (before September, 1–21 September, the week of 22 September, from
 * September on).
 */
export function histogramPeriods(phases: readonly Phase[]): Period[] {
  return [
    ...phases.map((phase) => ({
      id: phase.id,
      label: phase.name,
      from: phase.start,
      to: phase.end,
    })),
    ...ANALYSIS_PERIODS,
  ];
}

/**
 * A period cut to the dates a source covers, or `null` when the source does not reach it, so
 * that a histogram never claims a period its source says nothing about.
 */
export function clipPeriod(
  period: Period,
  coverage: { readonly from: string; readonly to: string },
): Period | null {
  const from = period.from > coverage.from ? period.from : coverage.from;
  const to = period.to < coverage.to ? period.to : coverage.to;
  return from > to ? null : { ...period, from, to };
}
