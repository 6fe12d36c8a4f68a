import { InvalidArgumentError } from '../errors.js';
import type { WeeklyRow } from '../schemas/aggregates.js';
import type { AgreementWeek } from '../schemas/snapshot.js';
import { pearson } from '../stats/summary.js';
import type { Weekday } from '../time/dates.js';
import { createWeekBucketer, DEFAULT_WEEK_START, weekStartsBetween } from '../time/weeks.js';

/** An event with a date and a death toll, from either source. */
export interface DatedDeaths {
  readonly date: string;
  readonly deaths: number;
}

/**
 * UCDP dates many events to a window ("8–30 days"); only events dated to the exact day
 * (`date_prec` 1) can be put in the right week, so only they enter the comparison.
 */
export const UCDP_AGREEMENT_MAX_DATE_PRECISION = 1;

/** Whether a UCDP event is dated precisely enough to be compared week by week. */
export function isComparableUcdpDate(datePrecision: number): boolean {
  return datePrecision <= UCDP_AGREEMENT_MAX_DATE_PRECISION;
}

/** ACLED and UCDP week by week over the dates both cover. */
export interface AgreementComparison {
  readonly weeks: AgreementWeek[];
  /** Pearson correlation of weekly deaths; `null` when undefined. */
  readonly deathsCorrelation: number | null;
  /** Pearson correlation of weekly counts of events with at least one death. */
  readonly fatalEventsCorrelation: number | null;
  readonly acledFatalities: number;
  readonly ucdpDeaths: number;
}

/**
 * Compares two event sets week by week between `from` and `to` (inclusive): ACLED fatalities
 * and events with at least one fatality, against UCDP deaths and events (every UCDP event is
 * fatal by construction, so all count). Events outside the dates are left out, so a source that
 * runs longer does not get extra days in the last week.
 * @throws {InvalidArgumentError} if `to` is before `from`.
 */
export function compareWeeklyDeaths(
  acled: Iterable<DatedDeaths>,
  ucdp: Iterable<DatedDeaths>,
  from: string,
  to: string,
  weekStartsOn: Weekday = DEFAULT_WEEK_START,
): AgreementComparison {
  if (to < from) throw new InvalidArgumentError('to', `${to} is before ${from}`);
  const bucket = createWeekBucketer(weekStartsOn);
  const rows = new Map<string, AgreementWeek>(
    weekStartsBetween(from, to, weekStartsOn).map((weekStart) => [
      weekStart,
      { weekStart, acledFatalities: 0, acledFatalEvents: 0, ucdpDeaths: 0, ucdpEvents: 0 },
    ]),
  );
  for (const event of acled) {
    const row = event.date >= from && event.date <= to ? rows.get(bucket(event.date)) : undefined;
    if (row === undefined) continue;
    row.acledFatalities += event.deaths;
    if (event.deaths > 0) row.acledFatalEvents++;
  }
  for (const event of ucdp) {
    const row = event.date >= from && event.date <= to ? rows.get(bucket(event.date)) : undefined;
    if (row === undefined) continue;
    row.ucdpDeaths += event.deaths;
    row.ucdpEvents++;
  }
  const weeks = [...rows.values()];
  return {
    weeks,
    deathsCorrelation: pearson(
      weeks.map((week) => week.acledFatalities),
      weeks.map((week) => week.ucdpDeaths),
    ),
    fatalEventsCorrelation: pearson(
      weeks.map((week) => week.acledFatalEvents),
      weeks.map((week) => week.ucdpEvents),
    ),
    acledFatalities: weeks.reduce((sum, week) => sum + week.acledFatalities, 0),
    ucdpDeaths: weeks.reduce((sum, week) => sum + week.ucdpDeaths, 0),
  };
}

/** One week of two weekly series set side by side. */
export interface LensWeek {
  readonly weekStart: string;
  readonly countA: number;
  readonly countB: number;
  readonly meanKmA: number | null;
  readonly meanKmB: number | null;
}

/** How two weekly series of one thing (e.g. ACLED attacks and alert events) move together. */
export interface LensComparison {
  readonly weeks: LensWeek[];
  /** Pearson correlation of weekly counts over every week; `null` if undefined. */
  readonly countCorrelation: number | null;
  /** Pearson correlation of weekly mean depths over the weeks where both have one. */
  readonly meanDepthCorrelation: number | null;
  /** Weeks that entered the depth correlation. */
  readonly depthWeeks: number;
}

/**
 * Sets two weekly series (rows of `weeklySeries`) side by side over the week starts in
 * `[fromWeek, toWeek]` and correlates their counts, and their mean depths where both have one.
 * The series are compared, never mixed.
 * @throws {InvalidArgumentError} if a week in the range is missing from either series.
 */
export function compareWeeklySeries(
  a: readonly WeeklyRow[],
  b: readonly WeeklyRow[],
  fromWeek: string,
  toWeek: string,
): LensComparison {
  const inRange = (rows: readonly WeeklyRow[]) =>
    new Map(
      rows
        .filter((row) => row.weekStart >= fromWeek && row.weekStart <= toWeek)
        .map((row) => [row.weekStart, row]),
    );
  const rowsA = inRange(a);
  const rowsB = inRange(b);
  const weekStarts = [...new Set([...rowsA.keys(), ...rowsB.keys()])].sort();
  const weeks = weekStarts.map((weekStart): LensWeek => {
    const rowA = rowsA.get(weekStart);
    const rowB = rowsB.get(weekStart);
    if (rowA === undefined || rowB === undefined) {
      throw new InvalidArgumentError('weeks', `week ${weekStart} is missing from one series`);
    }
    return {
      weekStart,
      countA: rowA.count,
      countB: rowB.count,
      meanKmA: rowA.meanDistanceKm,
      meanKmB: rowB.meanDistanceKm,
    };
  });
  const depthPairs = weeks.flatMap((week) =>
    week.meanKmA !== null && week.meanKmB !== null ? [[week.meanKmA, week.meanKmB] as const] : [],
  );
  return {
    weeks,
    countCorrelation: pearson(
      weeks.map((week) => week.countA),
      weeks.map((week) => week.countB),
    ),
    meanDepthCorrelation: pearson(
      depthPairs.map(([x]) => x),
      depthPairs.map(([, y]) => y),
    ),
    depthWeeks: depthPairs.length,
  };
}
