/**
 * H3 hexagonal cells for maps. A separate entry point (`@blueline/core/hex`) because h3-js is a
 * large WebAssembly-style bundle that browser code drawing precomputed cells does not need.
 */
import { cellToBoundary, cellToLatLng, isValidCell, latLngToCell } from 'h3-js';
import { InvalidArgumentError } from '../errors.js';
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
  readonly date: string;
  readonly lat: number;
  readonly lon: number;
  readonly side: Belligerent;
  readonly source: SeriesSource;
}

function checkResolution(resolution: number): void {
  if (!Number.isInteger(resolution) || resolution < 0 || resolution > 15) {
    throw new InvalidArgumentError('resolution', `${resolution} is not an H3 resolution 0–15`);
  }
}

/**
 * The H3 cell containing a point.
 * @example cellOf(33.27, 35.57, 7) // '872da…' (a 15-hex-digit index)
 */
export function cellOf(lat: number, lon: number, resolution = DEFAULT_HEX_RESOLUTION): string {
  checkResolution(resolution);
  return latLngToCell(lat, lon, resolution);
}

/**
 * Counts events per (week, side, source, cell). Rows come out sorted by week, side, source,
 * cell; only non-empty cells appear.
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
 * with coordinates rounded to `decimals` places.
 * @throws {InvalidArgumentError} on an invalid H3 index.
 */
export function hexCellGeometry(cells: Iterable<string>, decimals = 5): HexCellGeometry[] {
  const factor = 10 ** decimals;
  const round = (value: number): number => Math.round(value * factor) / factor;
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
