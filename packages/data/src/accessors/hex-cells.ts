import type { HexCellsSnapshot } from '@blueline/core';
import data from '../../snapshot/hex-cells.json' with { type: 'json' };

/**
 * `hex-cells.json`: Weekly event counts per H3 cell, with each cell's centre and outline listed once.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const hexCells: HexCellsSnapshot = data as HexCellsSnapshot;
