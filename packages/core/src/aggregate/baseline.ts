import { InvalidArgumentError } from '../errors.js';
import type { BaselineRatio, Period, WeeklyRow } from '../schemas/aggregates.js';

/** The mean weekly count over the weeks whose start falls inside a period. */
export interface WeeklyMean {
  /** Number of distinct weeks (rows' week starts) inside the period. */
  readonly weeks: number;
  /** Sum of the counts of those weeks. */
  readonly total: number;
  /** `total / weeks`. */
  readonly mean: number;
}

/**
 * Mean weekly count of `rows` (one series, or several to add up) over the weeks that start
 * inside `period` (inclusive). Several rows for one week — e.g. Israeli strikes plus Hezbollah
 * alert events — are summed into that week first.
 * @throws {InvalidArgumentError} if no week starts inside the period.
 */
export function weeklyMean(
  rows: readonly WeeklyRow[],
  period: Pick<Period, 'from' | 'to'>,
): WeeklyMean {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (row.weekStart < period.from || row.weekStart > period.to) continue;
    totals.set(row.weekStart, (totals.get(row.weekStart) ?? 0) + row.count);
  }
  if (totals.size === 0) {
    throw new InvalidArgumentError(
      'period',
      `no week starts between ${period.from} and ${period.to}`,
    );
  }
  let total = 0;
  for (const value of totals.values()) total += value;
  return { weeks: totals.size, total, mean: total / totals.size };
}

/**
 * "Week X had N times the weekly average of period P": the count of the week starting
 * `weekStart` (summed over `rows`) against {@link weeklyMean} of the baseline.
 * @throws {InvalidArgumentError} if no row starts on `weekStart`.
 */
export function baselineRatio(
  rows: readonly WeeklyRow[],
  weekStart: string,
  baseline: Period,
): BaselineRatio {
  const inWeek = rows.filter((row) => row.weekStart === weekStart);
  if (inWeek.length === 0)
    throw new InvalidArgumentError('weekStart', `no data for the week of ${weekStart}`);
  const weekCount = inWeek.reduce((sum, row) => sum + row.count, 0);
  const base = weeklyMean(rows, baseline);
  return {
    weekStart,
    weekCount,
    baseline,
    baselineWeeks: base.weeks,
    baselineWeeklyMean: base.mean,
    ratio: base.mean === 0 ? null : weekCount / base.mean,
  };
}
