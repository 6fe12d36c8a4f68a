/**
 * H3 hexagonal cells for maps. A separate entry point (`@blueline/core/hex`) because h3-js is a
 * large WebAssembly-style bundle that browser code drawing precomputed cells does not need.
 */
import {
  cellToBoundary,
  cellToLatLng,
  cellToParent,
  getResolution,
  isValidCell,
  latLngToCell,
} from 'h3-js';
import { InvalidArgumentError } from '../errors.js';
import { roundTo } from '../stats/summary.js';
import type { HexCellGeometry, HexCellWeek, SeriesSource } from '../schemas/aggregates.js';
import type { Belligerent } from '../schemas/side.js';
import type { Weekday } from '../time/dates.js';
import { createWeekBucketer, DEFAULT_WEEK_START } from '../time/weeks.js';

/**
 * Default resolution 7: cells of about 5 km², edges about 1.4 km — fine enough to show the
 * band along the line, coarse enough that cells aggregate several villages.
 */
export const DEFAULT_HEX_RESOLUTION = 7;

/** A locatable event to put in a cell. */
export interface HexableEvent {
  /** Calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Latitude in degrees. */
  readonly lat: number;
  /** Longitude in degrees. */
  readonly lon: number;
  /** The side that carried out the event. */
  readonly side: Belligerent;
  /** The series the event belongs to. */
  readonly source: SeriesSource;
}

function checkPoint(lat: number, lon: number): void {
  if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
    throw new InvalidArgumentError('point', `(${lat}, ${lon}) is not a latitude/longitude`);
  }
}

function checkResolution(resolution: number): void {
  if (!Number.isInteger(resolution) || resolution < 0 || resolution > 15) {
    throw new InvalidArgumentError('resolution', `${resolution} is not an H3 resolution 0–15`);
  }
}

/**
 * The H3 cell containing a point. Note the argument order: latitude first, as in h3-js (the
 * distance functions take GeoJSON order, longitude first).
 * @throws {InvalidArgumentError} on a bad resolution or a point off the globe.
 * @example cellOf(33.27, 35.57, 7) // '872da…' (a 15-hex-digit index)
 */
export function cellOf(lat: number, lon: number, resolution = DEFAULT_HEX_RESOLUTION): string {
  checkResolution(resolution);
  checkPoint(lat, lon);
  return latLngToCell(lat, lon, resolution);
}

/**
 * Counts events per (week, side, source, cell). Rows come out sorted by week, side, source,
 * cell; only non-empty cells appear.
 * @throws {InvalidArgumentError} on a bad resolution, date or point.
 */
export function hexCellsByWeek(
  events: Iterable<HexableEvent>,
  resolution = DEFAULT_HEX_RESOLUTION,
  weekStartsOn: Weekday = DEFAULT_WEEK_START,
): HexCellWeek[] {
  checkResolution(resolution);
  const bucket = createWeekBucketer(weekStartsOn);
  const rows = new Map<string, HexCellWeek>();
  for (const event of events) {
    const weekStart = bucket(event.date);
    checkPoint(event.lat, event.lon);
    const cell = latLngToCell(event.lat, event.lon, resolution);
    const key = `${weekStart}|${event.side}|${event.source}|${cell}`;
    const row = rows.get(key);
    if (row === undefined)
      rows.set(key, { weekStart, side: event.side, source: event.source, cell, count: 1 });
    else row.count++;
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/**
 * The centre and boundary ring (GeoJSON order, closed) of each distinct cell, sorted by cell id,
 * with coordinates rounded half away from zero to `decimals` places (see `roundTo`).
 * @throws {InvalidArgumentError} on an invalid H3 index or `decimals` outside 0–12.
 */
export function hexCellGeometry(cells: Iterable<string>, decimals = 5): HexCellGeometry[] {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) {
    throw new InvalidArgumentError('decimals', `${decimals} is not an integer in 0–12`);
  }
  const round = (value: number): number => roundTo(value, decimals);
  return [...new Set(cells)].sort().map((cell) => {
    if (!isValidCell(cell))
      throw new InvalidArgumentError('cells', `${cell} is not a valid H3 index`);
    const [lat, lon] = cellToLatLng(cell);
    const boundary = cellToBoundary(cell, true).map(([x, y]): [number, number] => [
      round(x),
      round(y),
    ]);
    return { cell, lat: round(lat), lon: round(lon), boundary };
  });
}

/**
 * The cell that contains `cell` at the coarser `resolution` (its H3 parent); a cell already at
 * or above that resolution is its own. Coarse layers of precomputed maps are built with it.
 * @throws {InvalidArgumentError} on a bad resolution or an invalid H3 index.
 */
export function parentCellOf(cell: string, resolution: number): string {
  checkResolution(resolution);
  if (!isValidCell(cell)) throw new InvalidArgumentError('cell', `${cell} is not a valid H3 index`);
  return getResolution(cell) > resolution ? cellToParent(cell, resolution) : cell;
}

/** A counted H3 cell: the minimum a row needs to be coarsened. */
export interface CountedCell {
  cell: string;
  count: number;
}

/**
 * Re-bins counted cells to a coarser H3 resolution (their parent cells), summing counts, so
 * that the total count is preserved. Rows merge only when they share a parent cell and the
 * same `groupKey` (by default every row shares one group; pass e.g. week|side|source to keep
 * those apart). Other fields come from the first row of each merged group. Output is sorted
 * by group key, then cell id. Cells already at or above `resolution` keep their own id
 * (coarsening never refines).
 * @throws {InvalidArgumentError} on a bad resolution or an invalid H3 index.
 */
export function coarsenCells<T extends CountedCell>(
  rows: Iterable<T>,
  resolution: number,
  groupKey: (row: T) => string = () => '',
): T[] {
  checkResolution(resolution);
  const merged = new Map<string, { group: string; row: T }>();
  for (const row of rows) {
    if (!isValidCell(row.cell))
      throw new InvalidArgumentError('cell', `${row.cell} is not a valid H3 index`);
    const parent = parentCellOf(row.cell, resolution);
    const group = groupKey(row);
    const key = `${group}|${parent}`;
    const existing = merged.get(key);
    if (existing === undefined) merged.set(key, { group, row: { ...row, cell: parent } });
    else existing.row.count += row.count;
  }
  return [...merged.values()]
    .sort((a, b) =>
      a.group < b.group
        ? -1
        : a.group > b.group
          ? 1
          : a.row.cell < b.row.cell
            ? -1
            : a.row.cell > b.row.cell
              ? 1
              : 0,
    )
    .map(({ row }) => row);
}
