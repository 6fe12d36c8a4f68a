import { InvalidArgumentError } from '../errors.js';
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
