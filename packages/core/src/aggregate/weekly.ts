import { InvalidArgumentError } from '../errors.js';
import type { SeriesSource, WeeklyRow } from '../schemas/aggregates.js';
import type { Belligerent } from '../schemas/side.js';
import type { Weekday } from '../time/dates.js';
import { createWeekBucketer, DEFAULT_WEEK_START, weekStartsBetween } from '../time/weeks.js';
import { aggregateWeeklyColumns, toIncidentColumns } from './weekly-columns.js';
import { depthStats } from '../stats/summary.js';

/** Anything with a calendar date and, where it could be measured, a distance from the line. */
export interface DatedDistance {
  /** Calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** `null` when the event cannot be located precisely enough to measure. */
  readonly distanceKm: number | null;
}

/** Which series a weekly aggregation produces, and over which dates. */
export interface WeeklySeriesOptions {
  /** The side every row is labelled with. */
  readonly side: Belligerent;
  /** The source every row is labelled with. */
  readonly source: SeriesSource;
  /** First day of data (inclusive). Every week overlapping `[from, to]` gets a row. */
  readonly from: string;
  /** Last day of data (inclusive). */
  readonly to: string;
  /** First day of the week, 0 = Sunday (the default). */
  readonly weekStartsOn?: Weekday;
}

/**
 * Counts events per week and summarises their distances, with a row for every week from
 * `from` to `to` — weeks without events are rows with count 0, never gaps.
 *
 * `count` counts every event; the distance statistics use only events with a distance.
 *
 * @throws {InvalidArgumentError} if an event falls outside `[from, to]`: filtering is the
 * caller's decision, so nothing is dropped silently.
 */
export function weeklySeries(
  events: Iterable<DatedDistance>,
  options: WeeklySeriesOptions,
): WeeklyRow[] {
  const weekStartsOn = options.weekStartsOn ?? DEFAULT_WEEK_START;
  const weeks = weekStartsBetween(options.from, options.to, weekStartsOn);
  const bucket = createWeekBucketer(weekStartsOn);
  const counts = new Map<string, number>(weeks.map((week) => [week, 0]));
  const distances = new Map<string, number[]>(weeks.map((week) => [week, []]));
  for (const event of events) {
    if (event.date < options.from || event.date > options.to) {
      throw new InvalidArgumentError(
        'events',
        `an event dated ${event.date} lies outside ${options.from}…${options.to}`,
      );
    }
    const week = bucket(event.date);
    counts.set(week, (counts.get(week) ?? 0) + 1);
    if (event.distanceKm !== null) distances.get(week)?.push(event.distanceKm);
  }
  return weeks.map((weekStart) => {
    const stats = depthStats(distances.get(weekStart) ?? []);
    return {
      weekStart,
      side: options.side,
      source: options.source,
      count: counts.get(weekStart) ?? 0,
      meanDistanceKm: stats.meanKm,
      medianDistanceKm: stats.medianKm,
      p90DistanceKm: stats.p90Km,
      completeness: 'complete',
      completenessNote: null,
    };
  });
}

/** An event as the bulk aggregator sees it: any side and source, already in memory. */
export interface AggregatableEvent extends DatedDistance {
  /** The side that carried out the event. */
  readonly side: Belligerent;
  /** The series the event belongs to. */
  readonly source: SeriesSource;
}

/**
 * Weekly counts and distance statistics for every (week, side, source) that has events, in one
 * pass over a large array. Unlike {@link weeklySeries} it does not zero-fill: it is the fast path
 * for millions of rows. Rows come out sorted by week, side, source.
 *
 * Each row's statistics are exactly those {@link depthStats} gives for that group's distances.
 * The events are converted to columns (`toIncidentColumns`, each distinct date parsed once) and
 * aggregated by `aggregateWeeklyColumns`; callers that already hold columns should call that
 * directly, which skips reading a string and an object per row.
 *
 * @throws {InvalidArgumentError} on an invalid date, an unknown side or source, or a negative or
 * non-finite distance.
 */
export function aggregateWeekly(
  events: readonly AggregatableEvent[],
  weekStartsOn: Weekday = DEFAULT_WEEK_START,
): WeeklyRow[] {
  return aggregateWeeklyColumns(toIncidentColumns(events), weekStartsOn);
}

/** Orders weekly rows by week, then side, then source: the snapshot's stable order. */
export function compareWeeklyRows(a: WeeklyRow, b: WeeklyRow): number {
  if (a.weekStart !== b.weekStart) return a.weekStart < b.weekStart ? -1 : 1;
  if (a.side !== b.side) return a.side < b.side ? -1 : 1;
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return 0;
}

/** A filter over weekly rows: any field left out matches everything. */
export interface WeeklyQuery {
  /** Only rows of this side. */
  readonly side?: Belligerent;
  /** Only rows of this source. */
  readonly source?: SeriesSource;
  /** Earliest week start to include. */
  readonly from?: string;
  /** Latest week start to include. */
  readonly to?: string;
}

/** The weekly rows matching a query, in their original order. */
export function filterWeekly(rows: readonly WeeklyRow[], query: WeeklyQuery): WeeklyRow[] {
  return rows.filter(
    (row) =>
      (query.side === undefined || row.side === query.side) &&
      (query.source === undefined || row.source === query.source) &&
      (query.from === undefined || row.weekStart >= query.from) &&
      (query.to === undefined || row.weekStart <= query.to),
  );
}
