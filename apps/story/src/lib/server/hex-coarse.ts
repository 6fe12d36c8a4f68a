/**
 * The map's coarse hex layer: every cell's H3 parent at a coarser resolution, with outlines, so
 * the phone map at Lebanon scale draws cells a reader can see (a resolution-7 cell is under
 * 3 px wide there). Prerender-time only: it needs core's H3 entry point.
 */
import { hexCellGeometry, parentCellOf } from '@blueline/core/hex';
import type { HexCellsSnapshot } from '@blueline/core';
import type { CoarseLayer } from '$lib/map/hex-compact';

/** Resolution 6: cells of about 36 km², seven resolution-7 cells each. */
export const COARSE_HEX_RESOLUTION = 6;

export function coarseHexLayer(
  snapshot: HexCellsSnapshot,
  resolution = COARSE_HEX_RESOLUTION,
): CoarseLayer {
  const parentOf = (cell: string): string => parentCellOf(cell, resolution);
  return {
    resolution,
    cells: hexCellGeometry(snapshot.cells.map((cell) => parentOf(cell.cell))),
    parentOf,
  };
}
