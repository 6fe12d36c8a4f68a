import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parentCellOf } from '@blueline/core/hex';
import { decodeCoarseLayer, decodeHexCells, encodeHexCells } from '$lib/map/hex-compact';
import { coarseHexLayer } from '$lib/server/hex-coarse';
import { renderDataset } from '$lib/server/datasets';
import { loadSnapshot } from '$lib/server/snapshot';

const snapshot = loadSnapshot();

describe('the map’s compact hex-cell encoding', () => {
  it('decodes to exactly the snapshot’s cells and weekly rows', () => {
    expect(decodeHexCells(encodeHexCells(snapshot.hexCells))).toEqual(snapshot.hexCells);
  });

  it('keeps every row, so the map’s totals equal the download’s', () => {
    const compact = encodeHexCells(snapshot.hexCells);
    expect(compact.rowCount).toHaveLength(snapshot.hexCells.weeks.length);
    const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
    expect(sum(compact.rowCount)).toBe(sum(snapshot.hexCells.weeks.map((row) => row.count)));
  });

  it('compresses to well under half of the JSON download', () => {
    const compact = gzipSync(`${JSON.stringify(encodeHexCells(snapshot.hexCells))}\n`).length;
    const download = gzipSync(renderDataset(snapshot, 'hex-cells', 'json').body).length;
    expect(compact).toBeLessThan(download / 2);
  });

  it('carries a coarse layer in which every cell has its H3 parent, and totals add up', () => {
    const compact = encodeHexCells(snapshot.hexCells, coarseHexLayer(snapshot.hexCells));
    expect(decodeHexCells(compact)).toEqual(snapshot.hexCells);
    const coarse = decodeCoarseLayer(compact);
    if (coarse === undefined) throw new Error('no coarse layer');
    expect(coarse.resolution).toBe(6);
    expect(coarse.cells.length).toBeLessThan(snapshot.hexCells.cells.length);
    snapshot.hexCells.cells.forEach((cell, index) => {
      const parent = coarse.cells[coarse.parentOf[index] ?? -1];
      expect(parent?.cell).toBe(parentCellOf(cell.cell, 6));
    });
    // Summing each cell's rows into its parent keeps the total.
    const byParent = new Map<string, number>();
    for (const row of snapshot.hexCells.weeks) {
      const parent = parentCellOf(row.cell, 6);
      byParent.set(parent, (byParent.get(parent) ?? 0) + row.count);
    }
    const total = [...byParent.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(snapshot.hexCells.weeks.reduce((a, row) => a + row.count, 0));
    expect(decodeCoarseLayer(encodeHexCells(snapshot.hexCells))).toBeUndefined();
  });

  it('names the missing cell when a row has no geometry', () => {
    const [first] = snapshot.hexCells.weeks;
    if (first === undefined) throw new Error('the snapshot has no hex-cell rows');
    const broken = { ...snapshot.hexCells, weeks: [{ ...first, cell: '87ffffffffffff0' }] };
    expect(() => encodeHexCells(broken)).toThrow(/cell 87ffffffffffff0 is not listed/);
  });
});
