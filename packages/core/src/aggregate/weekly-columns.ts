import { InvalidArgumentError } from '../errors.js';
import { SERIES_SOURCES, type WeeklyRow } from '../schemas/aggregates.js';
import { BELLIGERENTS } from '../schemas/side.js';
import { depthStatsInPlace } from '../stats/kernel.js';
import { dayNumber, fromDayNumber, type Weekday } from '../time/dates.js';
import { DEFAULT_WEEK_START } from '../time/weeks.js';
import type { AggregatableEvent } from './weekly.js';

/**
 * Incidents held as columns rather than one object per row — the layout analytical engines use,
 * and the fast path for millions of rows: no strings to read, no objects to chase.
 */
export interface IncidentColumns {
  /** Calendar days as day numbers (days since 1970-01-01; see `dayNumber`). */
  readonly days: Int32Array;
  /** Index into `BELLIGERENTS` (`israel`, `hezbollah`). */
  readonly sides: Uint8Array;
  /** Index into `SERIES_SOURCES` (`acled`, `ucdp`, `alerts`). */
  readonly sources: Uint8Array;
  /** Distance from the Blue Line in km; `NaN` where the event could not be measured. */
  readonly distancesKm: Float64Array;
}

// Groups are numbered week-major with sides and sources in alphabetical rank, so that group
// order is the order `compareWeeklyRows` gives the rows, and no final sort is needed.
const SIDE_NAMES = [...BELLIGERENTS].sort();
const SOURCE_NAMES = [...SERIES_SOURCES].sort();
const SIDE_RANK = Uint8Array.from(BELLIGERENTS, (side) => SIDE_NAMES.indexOf(side));
const SOURCE_RANK = Uint8Array.from(SERIES_SOURCES, (source) => SOURCE_NAMES.indexOf(source));
const SOURCES = SOURCE_NAMES.length;
const COMBOS = SIDE_NAMES.length * SOURCES;

function codeOf(names: readonly string[], value: string, argument: string): number {
  const index = names.indexOf(value);
  if (index < 0) {
    throw new InvalidArgumentError(argument, `"${value}" is not one of ${names.join(', ')}`);
  }
  return index;
}

/**
 * Converts incident objects to {@link IncidentColumns}, validating as it goes: each distinct date
 * is parsed once (dates repeat heavily), and a bad date, side, source or distance throws with
 * the event's index.
 */
export function toIncidentColumns(events: readonly AggregatableEvent[]): IncidentColumns {
  const n = events.length;
  const days = new Int32Array(n);
  const sides = new Uint8Array(n);
  const sources = new Uint8Array(n);
  const distancesKm = new Float64Array(n);
  const dayOfDate = new Map<string, number>();
  const [side0, side1] = BELLIGERENTS;
  const [source0, source1, source2] = SERIES_SOURCES;
  for (let i = 0; i < n; i++) {
    const event = events[i];
    if (event === undefined) throw new InvalidArgumentError('events', `event ${i} is missing`);
    let day = dayOfDate.get(event.date);
    if (day === undefined) {
      day = dayNumber(event.date);
      dayOfDate.set(event.date, day);
    }
    days[i] = day;
    // Typed as plain strings: JavaScript callers can pass anything, and it must be caught.
    const side: string = event.side;
    sides[i] = side === side0 ? 0 : side === side1 ? 1 : codeOf(BELLIGERENTS, side, 'side');
    const source: string = event.source;
    sources[i] =
      source === source0
        ? 0
        : source === source1
          ? 1
          : source === source2
            ? 2
            : codeOf(SERIES_SOURCES, source, 'source');
    const distance = event.distanceKm;
    if (distance === null) {
      distancesKm[i] = NaN;
    } else if (distance >= 0 && distance !== Infinity) {
      distancesKm[i] = distance;
    } else {
      throw new InvalidArgumentError(
        'events',
        `event ${i}: ${distance} is not a finite, non-negative distance`,
      );
    }
  }
  return { days, sides, sources, distancesKm };
}

function checkLengths(columns: IncidentColumns): void {
  const n = columns.days.length;
  for (const [name, column] of [
    ['sides', columns.sides],
    ['sources', columns.sources],
    ['distancesKm', columns.distancesKm],
  ] as const) {
    if (column.length !== n) {
      throw new InvalidArgumentError(name, `has ${column.length} rows, days has ${n}`);
    }
  }
}

/**
 * Weekly counts and distance statistics for every (week, side, source) that has rows, from
 * columns. The same rows as `aggregateWeekly` gives for the same incidents: sorted by week, side,
 * source, no zero-filled weeks.
 *
 * Four passes over typed arrays: range of days; each row's group with its counts; one buffer of
 * distances laid out group by group (prefix sums, no per-group growth); then each group's mean
 * and type-7 quantiles by selection, not sorting.
 * @throws {InvalidArgumentError} on columns of unequal length, an unknown side or source code, or
 * a negative or infinite distance.
 */
export function aggregateWeeklyColumns(
  columns: IncidentColumns,
  weekStartsOn: Weekday = DEFAULT_WEEK_START,
): WeeklyRow[] {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new InvalidArgumentError('weekStartsOn', `${weekStartsOn} is not a weekday 0–6`);
  }
  checkLengths(columns);
  const { days, sides, sources, distancesKm } = columns;
  const n = days.length;
  if (n === 0) return [];
  // Module constants copied to locals: hot loops read locals faster than module bindings.
  const sideRank = SIDE_RANK;
  const sourceRank = SOURCE_RANK;
  const combos = COMBOS;
  const sourceCount = SOURCES;

  // Pass 1: validate every row and find the range of days.
  let minDay = days[0] ?? 0;
  let maxDay = minDay;
  for (let i = 0; i < n; i++) {
    const day = days[i] ?? 0;
    if (day < minDay) minDay = day;
    else if (day > maxDay) maxDay = day;
    if ((sides[i] ?? 0) >= sideRank.length) {
      throw new InvalidArgumentError('sides', `row ${i}: ${sides[i]} is not a side code`);
    }
    if ((sources[i] ?? 0) >= sourceRank.length) {
      throw new InvalidArgumentError('sources', `row ${i}: ${sources[i]} is not a source code`);
    }
    const distance = distancesKm[i] ?? NaN;
    if (distance < 0 || distance === Infinity) {
      throw new InvalidArgumentError('distancesKm', `row ${i}: ${distance} is not a distance`);
    }
  }
  // Week k starts on day 7k − 4 + weekStartsOn: day 0 (1970-01-01) was a Thursday. A table from
  // day to week index spares a division per row.
  const firstWeek = Math.floor((minDay + 4 - weekStartsOn) / 7);
  const weeks = Math.floor((maxDay + 4 - weekStartsOn) / 7) - firstWeek + 1;
  const weekOfDay = new Int32Array(maxDay - minDay + 1);
  for (let day = minDay; day <= maxDay; day++) {
    weekOfDay[day - minDay] = Math.floor((day + 4 - weekStartsOn) / 7) - firstWeek;
  }
  const groups = weeks * combos;

  // Pass 2: each row's group, counts, and the number of measured distances per group.
  const counts = new Int32Array(groups);
  const offsets = new Int32Array(groups + 1);
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const group =
      (weekOfDay[(days[i] ?? 0) - minDay] ?? 0) * combos +
      (sideRank[sides[i] ?? 0] ?? 0) * sourceCount +
      (sourceRank[sources[i] ?? 0] ?? 0);
    groupOf[i] = group;
    counts[group] = (counts[group] ?? 0) + 1;
    const distance = distancesKm[i] ?? NaN;
    if (distance === distance) offsets[group + 1] = (offsets[group + 1] ?? 0) + 1;
  }

  // Pass 3: prefix sums give each group a slice of one buffer; scatter the distances into it.
  for (let g = 0; g < groups; g++) offsets[g + 1] = (offsets[g + 1] ?? 0) + (offsets[g] ?? 0);
  const distances = new Float64Array(offsets[groups] ?? 0);
  const cursor = offsets.slice(0, groups);
  for (let i = 0; i < n; i++) {
    const distance = distancesKm[i] ?? NaN;
    if (distance !== distance) continue; // NaN: not measured
    const group = groupOf[i] ?? 0;
    const at = cursor[group] ?? 0;
    distances[at] = distance;
    cursor[group] = at + 1;
  }

  const rows: WeeklyRow[] = [];
  for (let group = 0; group < groups; group++) {
    const count = counts[group] ?? 0;
    if (count === 0) continue;
    const week = Math.floor(group / COMBOS);
    const combo = group - week * COMBOS;
    const stats = depthStatsInPlace(
      distances.subarray(offsets[group] ?? 0, offsets[group + 1] ?? 0),
    );
    rows.push({
      weekStart: fromDayNumber(7 * (firstWeek + week) - 4 + weekStartsOn),
      side: SIDE_NAMES[Math.floor(combo / SOURCES)] ?? 'israel',
      source: SOURCE_NAMES[combo % SOURCES] ?? 'acled',
      count,
      meanDistanceKm: stats.meanKm,
      medianDistanceKm: stats.medianKm,
      p90DistanceKm: stats.p90Km,
      completeness: 'complete',
      completenessNote: null,
    });
  }
  return rows;
}
