import type { HexCellsSnapshot } from '@blueline/core';
import { hexCellGeometry, hexCellsByWeek } from '@blueline/core/hex';
import { DECIMALS } from './rounding.js';
import type { SeriesSpec } from './series-event.js';

/**
 * `hex-cells.json`: weekly event counts per H3 cell (core `hexCellsByWeek`) for the mappable
 * events of the given series, with each cell's centre and outline listed once
 * (core `hexCellGeometry`, coordinates to 5 decimals).
 */
export function composeHexCells(
  series: readonly SeriesSpec[],
  resolution: number,
): HexCellsSnapshot {
  const events = series.flatMap((spec) =>
    spec.events.filter(
      (event) =>
        event.mappable && event.date >= spec.coverage.from && event.date <= spec.coverage.to,
    ),
  );
  const weeks = hexCellsByWeek(events, resolution);
  return {
    resolution,
    cells: hexCellGeometry(
      weeks.map((week) => week.cell),
      DECIMALS.coordinate,
    ),
    weeks,
  };
}
