/**
 * The map's own encoding of the hex cells: the same numbers as the `hex-cells.json` download,
 * in columns instead of objects. Outlines are integer offsets from each cell's centre in
 * 1e-5 degrees (the snapshot's precision), and weekly rows are four parallel integer arrays
 * indexing small lookup lists. Repetitive small integers are what gzip compresses best, so the
 * file the browser fetches is a fraction of the download's size; `decodeHexCells` restores
 * exactly the snapshot's values.
 */
import type { HexCellGeometry, HexCellsSnapshot, HexCellWeek } from '@blueline/core';

/** 1e-5 degrees: the snapshot rounds coordinates to five decimals. */
const SCALE = 100_000;

/** Cells and their outlines, in columns. */
export interface CompactGeometry {
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
}

export interface CompactHexCells extends CompactGeometry {
  /** The distinct week starts, sorted; rows index into it. */
  readonly weekStarts: readonly string[];
  /** The distinct "side|source" series; rows index into it. */
  readonly series: readonly string[];
  /** One entry per weekly row, in the snapshot's order. */
  readonly rowWeek: readonly number[];
  readonly rowSeries: readonly number[];
  readonly rowCell: readonly number[];
  readonly rowCount: readonly number[];
  /** A coarser layer for small maps: the cells' parents, and which parent each cell is in. */
  readonly coarse?: CompactCoarseLayer;
}

/** Parent cells at a coarser resolution, encoded like the cells themselves. */
export interface CompactCoarseLayer extends CompactGeometry {
  /** For each fine cell (in `CompactHexCells.cells` order), the index of its parent here. */
  readonly parentOf: readonly number[];
}

/** A coarse layer before encoding: parent geometry and each fine cell's parent id. */
export interface CoarseLayer {
  readonly resolution: number;
  readonly cells: readonly HexCellGeometry[];
  readonly parentOf: (cell: string) => string;
}

/** Decoded coarse layer: parent geometry, and each fine cell's parent index into it. */
export interface DecodedCoarseLayer {
  readonly resolution: number;
  readonly cells: HexCellGeometry[];
  readonly parentOf: readonly number[];
}

const toUnits = (degrees: number): number => Math.round(degrees * SCALE);
const toDegrees = (units: number): number => Number((units / SCALE).toFixed(5));

function encodeGeometry(cells: readonly HexCellGeometry[]) {
  const ringOffsets: number[] = [];
  for (const cell of cells) {
    const lon = toUnits(cell.lon);
    const lat = toUnits(cell.lat);
    for (const [pointLon, pointLat] of cell.boundary) {
      ringOffsets.push(toUnits(pointLon) - lon, toUnits(pointLat) - lat);
    }
  }
  return {
    cells: cells.map((cell) => cell.cell),
    lon: cells.map((cell) => toUnits(cell.lon)),
    lat: cells.map((cell) => toUnits(cell.lat)),
    ringLengths: cells.map((cell) => cell.boundary.length),
    ringOffsets,
  };
}

function decodeGeometry(compact: Omit<CompactGeometry, 'resolution'>): HexCellGeometry[] {
  let at = 0;
  return compact.cells.map((cell, index) => {
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
}

/**
 * Snapshot → compact columns, with an optional coarse layer. Throws when a row names a cell
 * without geometry, or a cell's parent is not in the coarse layer.
 */
export function encodeHexCells(snapshot: HexCellsSnapshot, coarse?: CoarseLayer): CompactHexCells {
  const cellIndex = new Map(snapshot.cells.map((cell, index) => [cell.cell, index]));
  const weekStarts = [...new Set(snapshot.weeks.map((row) => row.weekStart))].sort();
  const weekIndex = new Map(weekStarts.map((week, index) => [week, index]));
  const series = [...new Set(snapshot.weeks.map((row) => `${row.side}|${row.source}`))].sort();
  const seriesIndex = new Map(series.map((name, index) => [name, index]));
  const lookup = <K>(map: Map<K, number>, key: K, what: string): number => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`hex-cells: ${what} ${String(key)} is not listed`);
    return found;
  };
  const coarseIndex = new Map(coarse?.cells.map((cell, index) => [cell.cell, index]));
  return {
    resolution: snapshot.resolution,
    ...encodeGeometry(snapshot.cells),
    weekStarts,
    series,
    rowWeek: snapshot.weeks.map((row) => lookup(weekIndex, row.weekStart, 'week')),
    rowSeries: snapshot.weeks.map((row) =>
      lookup(seriesIndex, `${row.side}|${row.source}`, 'series'),
    ),
    rowCell: snapshot.weeks.map((row) => lookup(cellIndex, row.cell, 'cell')),
    rowCount: snapshot.weeks.map((row) => row.count),
    ...(coarse === undefined
      ? {}
      : {
          coarse: {
            resolution: coarse.resolution,
            ...encodeGeometry(coarse.cells),
            parentOf: snapshot.cells.map((cell) =>
              lookup(coarseIndex, coarse.parentOf(cell.cell), 'parent cell'),
            ),
          },
        }),
  };
}

/** The coarse layer of a compact file, if it has one. */
export function decodeCoarseLayer(compact: CompactHexCells): DecodedCoarseLayer | undefined {
  const coarse = compact.coarse;
  if (coarse === undefined) return undefined;
  return {
    resolution: coarse.resolution,
    cells: decodeGeometry(coarse),
    parentOf: coarse.parentOf,
  };
}

/** Compact columns → the snapshot's shape, value for value. */
export function decodeHexCells(compact: CompactHexCells): HexCellsSnapshot {
  const cells = decodeGeometry(compact);
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
