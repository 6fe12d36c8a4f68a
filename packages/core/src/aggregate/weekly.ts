import { InvalidArgumentError } from '../errors.js';
import type { SeriesSource, WeeklyRow } from '../schemas/aggregates.js';
import type { Belligerent } from '../schemas/side.js';
import type { Weekday } from '../time/dates.js';
import { createWeekBucketer, DEFAULT_WEEK_START, weekStartsBetween } from '../time/weeks.js';
import { depthStats } from '../stats/summary.js';

/** Anything with a calendar date and, where it could be measured, a distance from the line. */
export interface DatedDistance {
  readonly date: string;
  /** `null` when the event cannot be located precisely enough to measure. */
  readonly distanceKm: number | null;
}

/** Which series a weekly aggregation produces, and over which dates. */
export interface WeeklySeriesOptions {
  readonly side: Belligerent;
  readonly source: SeriesSource;
  /** First and last day of data (inclusive). Every week overlapping them gets a row. */
  readonly from: string;
  readonly to: string;
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
    };
  });
}

/** An event as the bulk aggregator sees it: any side and source, already in memory. */
export interface AggregatableEvent extends DatedDistance {
  readonly side: Belligerent;
  readonly source: SeriesSource;
}

/**
 * Weekly counts and distance statistics for every (week, side, source) that has events, in one
 * pass over a large array. Unlike {@link weeklySeries} it does not zero-fill: it is the fast path
 * for millions of rows. Rows come out sorted by week, side, source.
 */
export function aggregateWeekly(
  events: readonly AggregatableEvent[],
  weekStartsOn: Weekday = DEFAULT_WEEK_START,
): WeeklyRow[] {
  const bucket = createWeekBucketer(weekStartsOn);
  // Pass 1: group keys and sizes, so pass 2 can fill preallocated typed arrays.
  const groupOf = new Int32Array(events.length);
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const counts: number[] = [];
  const measured: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event === undefined) continue;
    const key = `${bucket(event.date)}|${event.side}|${event.source}`;
    let group = keyIndex.get(key);
    if (group === undefined) {
      group = keys.length;
      keyIndex.set(key, group);
      keys.push(key);
      counts.push(0);
      measured.push(0);
    }
    groupOf[i] = group;
    counts[group] = (counts[group] ?? 0) + 1;
    if (event.distanceKm !== null) measured[group] = (measured[group] ?? 0) + 1;
  }
  const values = keys.map((_, group) => new Float64Array(measured[group] ?? 0));
  const filled = new Int32Array(keys.length);
  for (let i = 0; i < events.length; i++) {
    const distance = events[i]?.distanceKm;
    if (distance === null || distance === undefined) continue;
    const group = groupOf[i] ?? 0;
    const slot = filled[group] ?? 0;
    const target = values[group];
    if (target !== undefined) target[slot] = distance;
    filled[group] = slot + 1;
  }
  const rows = keys.map((key, group): WeeklyRow => {
    const [weekStart = '', side = '', source = ''] = key.split('|');
    const stats = depthStats(values[group] ?? new Float64Array(0));
    return {
      weekStart,
      side: side as Belligerent,
      source: source as SeriesSource,
      count: counts[group] ?? 0,
      meanDistanceKm: stats.meanKm,
      medianDistanceKm: stats.medianKm,
      p90DistanceKm: stats.p90Km,
    };
  });
  return rows.sort(compareWeeklyRows);
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
  readonly side?: Belligerent;
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
