import { cellToParent, getPentagons, getResolution, isValidCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import {
  cellOf,
  coarsenCells,
  parentCellOf,
  DEFAULT_HEX_RESOLUTION,
  hexCellGeometry,
  hexCellsByWeek,
  type HexableEvent,
} from '../src/hex/index.js';
import {
  HexCellGeometrySchema,
  HexCellWeekSchema,
  InvalidArgumentError,
  roundTo,
} from '../src/index.js';

describe('cellOf', () => {
  it('returns a valid cell at the requested resolution', () => {
    const cell = cellOf(33.27, 35.57);
    expect(cell).toMatch(/^[0-9a-f]{15}$/);
    expect(isValidCell(cell)).toBe(true);
    expect(getResolution(cell)).toBe(DEFAULT_HEX_RESOLUTION);
    expect(getResolution(cellOf(33.27, 35.57, 5))).toBe(5);
    expect(cellToParent(cell, 5)).toBe(cellOf(33.27, 35.57, 5));
  });

  it('takes latitude first, as h3-js does', () => {
    expect(cellOf(33.27, 35.57)).not.toBe(cellOf(35.57, 33.27));
  });

  it('rejects bad resolutions and points', () => {
    expect(() => cellOf(33, 35, 16)).toThrow(InvalidArgumentError);
    expect(() => cellOf(33, 35, 1.5)).toThrow('not an H3 resolution');
    expect(() => cellOf(Number.NaN, 35)).toThrow(InvalidArgumentError);
    expect(() => cellOf(95, 35)).toThrow(InvalidArgumentError);
  });
});

describe('hexCellsByWeek', () => {
  const event = (
    date: string,
    lat: number,
    lon: number,
    side: HexableEvent['side'] = 'israel',
  ): HexableEvent => ({
    date,
    lat,
    lon,
    side,
    source: 'acled',
  });

  it('counts events per week, side, source and cell, sorted', () => {
    const rows = hexCellsByWeek([
      event('2024-09-24', 33.27, 35.57),
      event('2024-09-22', 33.27001, 35.57001), // same cell, same week
      event('2024-09-29', 33.27, 35.57), // next week
      event('2024-09-23', 33.27, 35.57, 'hezbollah'),
      event('2024-09-23', 33.5, 35.4),
    ]);
    const here = cellOf(33.27, 35.57);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(5);
    expect(
      rows.find(
        (row) => row.weekStart === '2024-09-22' && row.side === 'israel' && row.cell === here,
      )?.count,
    ).toBe(2);
    expect(rows.map((row) => `${row.weekStart} ${row.side}`)).toEqual([
      '2024-09-22 hezbollah',
      '2024-09-22 israel',
      '2024-09-22 israel',
      '2024-09-29 israel',
    ]);
    for (const row of rows) expect(HexCellWeekSchema.parse(row)).toEqual(row);
  });

  it('rejects invalid dates and points', () => {
    expect(() => hexCellsByWeek([event('2024-02-30', 33, 35)])).toThrow(InvalidArgumentError);
    expect(() => hexCellsByWeek([event('2024-02-01', Number.NaN, 35)])).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('hexCellGeometry', () => {
  it('gives each distinct cell once, sorted, with a closed GeoJSON ring', () => {
    const a = cellOf(33.27, 35.57);
    const b = cellOf(33.0, 35.2);
    const geometry = hexCellGeometry([a, b, a]);
    expect(geometry.map((g) => g.cell)).toEqual([a, b].sort());
    for (const cell of geometry) {
      expect(HexCellGeometrySchema.parse(cell)).toEqual(cell);
      expect(cell.boundary).toHaveLength(7); // 6 corners + closing point
      expect(cell.boundary[0]).toEqual(cell.boundary.at(-1));
      // GeoJSON order: longitude (≈ 35) first, latitude (≈ 33) second.
      for (const [lon, lat] of cell.boundary) {
        expect(lon).toBeGreaterThan(35);
        expect(lat).toBeLessThan(34);
      }
      expect(cell.lat).toBeCloseTo(33.1, 0);
      // Rounded to 5 decimals: rounding again changes nothing.
      expect(roundTo(cell.lon, 5)).toBe(cell.lon);
      for (const [lon, lat] of cell.boundary)
        expect([roundTo(lon, 5), roundTo(lat, 5)]).toEqual([lon, lat]);
    }
  });

  it('rounds to the requested decimals', () => {
    const [cell] = hexCellGeometry([cellOf(33.27, 35.57)], 2);
    expect(cell?.lat).toBe(Math.round((cell?.lat ?? 0) * 100) / 100);
    for (const [lon] of cell?.boundary ?? [])
      expect(lon * 100).toBeCloseTo(Math.round(lon * 100), 9);
    expect(() => hexCellGeometry([], -1)).toThrow(InvalidArgumentError);
  });

  it('accepts pentagons (5 corners, a 6-position ring) under the schema', () => {
    const pentagon = getPentagons(2)[0] ?? '';
    const [cell] = hexCellGeometry([pentagon]);
    expect(cell?.boundary).toHaveLength(6);
    expect(HexCellGeometrySchema.safeParse(cell).success).toBe(true);
  });

  it('rejects an invalid index', () => {
    expect(() => hexCellGeometry(['872da0000ffffff'.replace('f', 'z')])).toThrow(
      'not a valid H3 index',
    );
    expect(() => hexCellGeometry(['not-a-cell'])).toThrow(InvalidArgumentError);
  });
});

describe('coarsenCells', () => {
  const tyre = cellOf(33.27, 35.2, 7);
  const tyreNeighbour = cellOf(33.272, 35.203, 7);
  const beirut = cellOf(33.85, 35.5, 7);

  it('sums children into their parent cell and preserves the total', () => {
    const rows = [
      { cell: tyre, count: 3 },
      { cell: tyreNeighbour, count: 2 },
      { cell: beirut, count: 4 },
    ];
    const coarse = coarsenCells(rows, 5);
    expect(coarse.every((row) => getResolution(row.cell) === 5)).toBe(true);
    expect(coarse.reduce((sum, row) => sum + row.count, 0)).toBe(9);
    const tyreParent = cellToParent(tyre, 5);
    expect(cellToParent(tyreNeighbour, 5)).toBe(tyreParent);
    expect(coarse.find((row) => row.cell === tyreParent)?.count).toBe(5);
    expect(coarse.find((row) => row.cell === cellToParent(beirut, 5))?.count).toBe(4);
    expect(coarse).toHaveLength(2);
  });

  it('keeps groups apart and does not mutate its input', () => {
    const rows = [
      { cell: tyre, count: 1, side: 'a' },
      { cell: tyreNeighbour, count: 1, side: 'b' },
    ];
    const coarse = coarsenCells(rows, 5, (row) => row.side);
    expect(coarse.map((row) => [row.side, row.count])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect(rows[0]?.cell).toBe(tyre);
    expect(rows[0]?.count).toBe(1);
  });

  it('leaves cells already coarser than the target as they are', () => {
    const parent = cellToParent(tyre, 4);
    expect(coarsenCells([{ cell: parent, count: 2 }], 6)).toEqual([{ cell: parent, count: 2 }]);
  });

  it('rejects bad resolutions and invalid cells', () => {
    expect(() => coarsenCells([{ cell: tyre, count: 1 }], 16)).toThrow(InvalidArgumentError);
    expect(() => coarsenCells([{ cell: 'zz', count: 1 }], 5)).toThrow(InvalidArgumentError);
  });
});

describe('parentCellOf', () => {
  const tyre = cellOf(33.27, 35.2, 7);

  it('gives the H3 parent at a coarser resolution, and a coarser cell itself', () => {
    expect(parentCellOf(tyre, 6)).toBe(cellToParent(tyre, 6));
    expect(getResolution(parentCellOf(tyre, 6))).toBe(6);
    const coarse = cellToParent(tyre, 4);
    expect(parentCellOf(coarse, 6)).toBe(coarse);
  });

  it('rejects bad resolutions and invalid cells', () => {
    expect(() => parentCellOf(tyre, -1)).toThrow(InvalidArgumentError);
    expect(() => parentCellOf('zz', 6)).toThrow(InvalidArgumentError);
  });
});
