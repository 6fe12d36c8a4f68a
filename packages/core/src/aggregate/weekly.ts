import { InvalidArgumentError } from '../errors.js';
import { SERIES_SOURCES, type SeriesSource, type WeeklyRow } from '../schemas/aggregates.js';
import { BELLIGERENTS, type Belligerent } from '../schemas/side.js';
import { dayNumber, fromDayNumber, type Weekday } from '../time/dates.js';
import { createWeekBucketer, DEFAULT_WEEK_START, weekStartsBetween } from '../time/weeks.js';
import { depthStatsInPlace } from '../stats/kernel.js';
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

// Indices in alphabetical order, so ordering groups by index orders them as
// `compareWeeklyRows` orders the strings.
const SIDE_NAMES: readonly Belligerent[] = [...BELLIGERENTS].sort();
const SOURCE_NAMES: readonly SeriesSource[] = [...SERIES_SOURCES].sort();
const SOURCES = SOURCE_NAMES.length;
const COMBOS = SIDE_NAMES.length * SOURCES;
const EMPTY = new Float64Array(0);
// Hoisted so that the hot loop compares against constants (interned strings: pointer checks).
const [SIDE_0 = '', SIDE_1 = ''] = SIDE_NAMES;
const [SOURCE_0 = '', SOURCE_1 = '', SOURCE_2 = ''] = SOURCE_NAMES;

function indexIn(names: readonly string[], value: string, argument: string): number {
  const index = names.indexOf(value);
  if (index < 0) {
    throw new InvalidArgumentError(argument, `"${value}" is not one of ${names.join(', ')}`);
  }
  return index;
}

/**
 * Weekly counts and distance statistics for every (week, side, source) that has events, in one
 * pass over a large array. Unlike {@link weeklySeries} it does not zero-fill: it is the fast path
 * for millions of rows. Rows come out sorted by week, side, source.
 *
 * Each row's statistics are exactly those {@link depthStats} gives for that group's distances.
 * The work is one pass over the events with integer group keys (each distinct date is bucketed
 * once), then a linear-time selection per group for the quantiles instead of a sort.
 *
 * @throws {InvalidArgumentError} on an invalid date, an unknown side or source, or a negative or
 * non-finite distance.
 */
export function aggregateWeekly(
  events: readonly AggregatableEvent[],
  weekStartsOn: Weekday = DEFAULT_WEEK_START,
): WeeklyRow[] {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new InvalidArgumentError('weekStartsOn', `${weekStartsOn} is not a weekday 0–6`);
  }
  const n = events.length;
  // Each distinct date maps to a week slot (dates repeat heavily, so each is bucketed once); a
  // group is (slot, side, source) → key slot·COMBOS + side·SOURCES + source, looked up in a
  // dense table. No strings are built per event, and date-sorted input skips even the lookup.
  const slotOfDate = new Map<string, number>();
  const slotOfWeek = new Map<number, number>();
  const weekOfSlot: string[] = [];
  let groupOfKey = new Int32Array(64 * COMBOS).fill(-1);
  const keyOfGroup: number[] = [];
  // Per group: event count, and the distances seen so far in a growable buffer.
  let counts = new Int32Array(256);
  let lengths = new Int32Array(256);
  const buffers: Float64Array[] = [];
  let lastDate: string | null = null;
  let lastSlot = 0;

  for (let i = 0; i < n; i++) {
    const event = events[i];
    if (event === undefined) continue;
    const date = event.date;
    let slot = lastSlot;
    if (date !== lastDate) {
      let found = slotOfDate.get(date);
      if (found === undefined) {
        const day = dayNumber(date);
        const week = day - ((((day + 4 - weekStartsOn) % 7) + 7) % 7);
        found = slotOfWeek.get(week);
        if (found === undefined) {
          found = weekOfSlot.length;
          weekOfSlot.push(fromDayNumber(week));
          slotOfWeek.set(week, found);
          if ((found + 1) * COMBOS > groupOfKey.length) {
            const grown = new Int32Array(groupOfKey.length * 2).fill(-1);
            grown.set(groupOfKey);
            groupOfKey = grown;
          }
        }
        slotOfDate.set(date, found);
      }
      slot = found;
      lastDate = date;
      lastSlot = found;
    }
    const side = event.side;
    const source = event.source;
    // Direct comparisons first; `indexIn` only for anything else (it throws if unknown).
    const sideIndex = side === SIDE_0 ? 0 : side === SIDE_1 ? 1 : indexIn(SIDE_NAMES, side, 'side');
    const sourceIndex =
      source === SOURCE_0
        ? 0
        : source === SOURCE_1
          ? 1
          : source === SOURCE_2
            ? 2
            : indexIn(SOURCE_NAMES, source, 'source');
    const key = slot * COMBOS + sideIndex * SOURCES + sourceIndex;
    let group = groupOfKey[key] ?? -1;
    if (group < 0) {
      group = keyOfGroup.length;
      groupOfKey[key] = group;
      keyOfGroup.push(key);
      buffers.push(new Float64Array(64));
      if (group >= counts.length) {
        const grownCounts = new Int32Array(counts.length * 2);
        grownCounts.set(counts);
        counts = grownCounts;
        const grownLengths = new Int32Array(lengths.length * 2);
        grownLengths.set(lengths);
        lengths = grownLengths;
      }
    }
    counts[group] = (counts[group] ?? 0) + 1;
    const distance = event.distanceKm;
    if (distance !== null) {
      if (!(distance >= 0) || distance === Infinity) {
        throw new InvalidArgumentError(
          'events',
          `event ${i}: ${distance} is not a finite, non-negative distance`,
        );
      }
      const length = lengths[group] ?? 0;
      let buffer = buffers[group] ?? EMPTY;
      if (length === buffer.length) {
        const grown = new Float64Array(Math.max(64, length * 2));
        grown.set(buffer);
        buffer = grown;
        buffers[group] = grown;
      }
      buffer[length] = distance;
      lengths[group] = length + 1;
    }
  }

  const rows = keyOfGroup.map((key, group): WeeklyRow => {
    const slot = Math.floor(key / COMBOS);
    const combo = key - slot * COMBOS;
    const stats = depthStatsInPlace((buffers[group] ?? EMPTY).subarray(0, lengths[group] ?? 0));
    return {
      weekStart: weekOfSlot[slot] ?? '',
      side: SIDE_NAMES[Math.floor(combo / SOURCES)] ?? 'israel',
      source: SOURCE_NAMES[combo % SOURCES] ?? 'acled',
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
