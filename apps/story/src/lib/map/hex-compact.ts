/**
 * The map's own encoding of the hex cells: the same numbers as the `hex-cells.json` download,
 * in columns instead of objects. Outlines are integer offsets from each cell's centre in
 * 1e-5 degrees (the snapshot's precision), and weekly rows are four parallel integer arrays
 * indexing small lookup lists. Repetitive small integers are what gzip compresses best, so the
 * file the browser fetches is a fraction of the download's size; `decodeHexCells` restores
 * exactly the snapshot's values.
 */
import type { HexCellsSnapshot, HexCellWeek } from '@blueline/core';

/** 1e-5 degrees: the snapshot rounds coordinates to five decimals. */
const SCALE = 100_000;

export interface CompactHexCells {
  readonly resolution: number;
  /** H3 index of each cell. */
  readonly cells: readonly string[];
  /** Centre of each cell, in 1e-5 degrees. */
  readonly lon: readonly number[];
  readonly lat: readonly number[];
  /** Outline points per cell (the closing point repeated, as in the snapshot). */
  readonly ringLengths: readonly number[];
  /** Outline points as lon, lat offsets from the cell's centre, in 1e-5 degrees. */
  readonly ringOffsets: readonly number[];
  /** The distinct week starts, sorted; rows index into it. */
  readonly weekStarts: readonly string[];
  /** The distinct "side|source" series; rows index into it. */
  readonly series: readonly string[];
  /** One entry per weekly row, in the snapshot's order. */
  readonly rowWeek: readonly number[];
  readonly rowSeries: readonly number[];
  readonly rowCell: readonly number[];
  readonly rowCount: readonly number[];
}

const toUnits = (degrees: number): number => Math.round(degrees * SCALE);
const toDegrees = (units: number): number => Number((units / SCALE).toFixed(5));

/** Snapshot → compact columns. Throws when a row names a cell without geometry. */
export function encodeHexCells(snapshot: HexCellsSnapshot): CompactHexCells {
  const cellIndex = new Map(snapshot.cells.map((cell, index) => [cell.cell, index]));
  const weekStarts = [...new Set(snapshot.weeks.map((row) => row.weekStart))].sort();
  const weekIndex = new Map(weekStarts.map((week, index) => [week, index]));
  const series = [...new Set(snapshot.weeks.map((row) => `${row.side}|${row.source}`))].sort();
  const seriesIndex = new Map(series.map((name, index) => [name, index]));
  const ringOffsets: number[] = [];
  for (const cell of snapshot.cells) {
    const lon = toUnits(cell.lon);
    const lat = toUnits(cell.lat);
    for (const [pointLon, pointLat] of cell.boundary) {
      ringOffsets.push(toUnits(pointLon) - lon, toUnits(pointLat) - lat);
    }
  }
  const lookup = <K>(map: Map<K, number>, key: K, what: string): number => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`hex-cells: ${what} ${String(key)} is not listed`);
    return found;
  };
  return {
    resolution: snapshot.resolution,
    cells: snapshot.cells.map((cell) => cell.cell),
    lon: snapshot.cells.map((cell) => toUnits(cell.lon)),
    lat: snapshot.cells.map((cell) => toUnits(cell.lat)),
    ringLengths: snapshot.cells.map((cell) => cell.boundary.length),
    ringOffsets,
    weekStarts,
    series,
    rowWeek: snapshot.weeks.map((row) => lookup(weekIndex, row.weekStart, 'week')),
    rowSeries: snapshot.weeks.map((row) =>
      lookup(seriesIndex, `${row.side}|${row.source}`, 'series'),
    ),
    rowCell: snapshot.weeks.map((row) => lookup(cellIndex, row.cell, 'cell')),
    rowCount: snapshot.weeks.map((row) => row.count),
  };
}

/** Compact columns → the snapshot's shape, value for value. */
export function decodeHexCells(compact: CompactHexCells): HexCellsSnapshot {
  let at = 0;
  const cells = compact.cells.map((cell, index) => {
    const lon = compact.lon[index] ?? 0;
    const lat = compact.lat[index] ?? 0;
    const boundary: [number, number][] = [];
    const points = compact.ringLengths[index] ?? 0;
    for (let point = 0; point < points; point += 1, at += 2) {
      boundary.push([
        toDegrees(lon + (compact.ringOffsets[at] ?? 0)),
        toDegrees(lat + (compact.ringOffsets[at + 1] ?? 0)),
      ]);
    }
    return { cell, lat: toDegrees(lat), lon: toDegrees(lon), boundary };
  });
  const weeks = compact.rowCount.map((count, row): HexCellWeek => {
    const [side, source] = (compact.series[compact.rowSeries[row] ?? 0] ?? '|').split('|');
    return {
      weekStart: compact.weekStarts[compact.rowWeek[row] ?? 0] ?? '',
      side: side as HexCellWeek['side'],
      source: source as HexCellWeek['source'],
      cell: compact.cells[compact.rowCell[row] ?? 0] ?? '',
      count,
    };
  });
  return { resolution: compact.resolution, cells, weeks };
}
