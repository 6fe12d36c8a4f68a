import { InvalidArgumentError } from '../errors.js';
import type { HexWindowQuery } from '../aggregate/hex-window.js';
import type { HexCellGeometry, HexCellWeek } from '../schemas/aggregates.js';
import type { Polygon } from '../schemas/geo.js';
import type { HexCellsSnapshot } from '../schemas/snapshot.js';

/**
 * The weekly hex-cell rows matching a query, with the geometry of only the cells they use: a
 * self-contained subset of `hex-cells.json` that a client can draw without the full file.
 * @example filterHexCells(snapshot, { side: 'israel', from: '2024-09-22', to: '2024-09-22' })
 */
export function filterHexCells(
  snapshot: HexCellsSnapshot,
  query: HexWindowQuery,
): HexCellsSnapshot {
  const weeks = snapshot.weeks.filter(
    (row) =>
      (query.side === undefined || row.side === query.side) &&
      (query.source === undefined || row.source === query.source) &&
      (query.from === undefined || row.weekStart >= query.from) &&
      (query.to === undefined || row.weekStart <= query.to),
  );
  const used = new Set(weeks.map((row) => row.cell));
  return {
    resolution: snapshot.resolution,
    cells: snapshot.cells.filter((cell) => used.has(cell.cell)),
    weeks,
  };
}

/** A GeoJSON feature for one (week, side, source, cell) count. */
export interface HexCellFeature {
  /** Always `Feature`. */
  readonly type: 'Feature';
  /** `<weekStart>/<side>/<source>/<cell>`: unique within a collection. */
  readonly id: string;
  /** The cell's hexagon (or pentagon). */
  readonly geometry: Polygon;
  /** The count and what it counts. */
  readonly properties: HexCellWeek;
}

/** A GeoJSON feature collection of hex-cell counts. */
export interface HexCellFeatureCollection {
  /** Always `FeatureCollection`. */
  readonly type: 'FeatureCollection';
  /** One feature per weekly cell count, in the rows' order. */
  readonly features: HexCellFeature[];
}

/**
 * Hex-cell counts as GeoJSON, one polygon feature per weekly row, for GIS tools that cannot join
 * the compact form's rows to its cell list themselves.
 * @throws {InvalidArgumentError} if a row names a cell the snapshot has no geometry for.
 */
export function hexCellFeatureCollection(snapshot: HexCellsSnapshot): HexCellFeatureCollection {
  const geometry = new Map<string, HexCellGeometry>(
    snapshot.cells.map((cell) => [cell.cell, cell]),
  );
  const features: HexCellFeature[] = [];
  for (const row of snapshot.weeks) {
    const cell = geometry.get(row.cell);
    if (cell === undefined) {
      throw new InvalidArgumentError('snapshot', `cell ${row.cell} has a count but no geometry`);
    }
    features.push({
      type: 'Feature',
      id: `${row.weekStart}/${row.side}/${row.source}/${row.cell}`,
      geometry: { type: 'Polygon', coordinates: [cell.boundary] },
      properties: row,
    });
  }
  return { type: 'FeatureCollection', features };
}
