import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHexCells, encodeHexCells } from '$lib/map/hex-compact';
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

  it('names the missing cell when a row has no geometry', () => {
    const [first] = snapshot.hexCells.weeks;
    if (first === undefined) throw new Error('the snapshot has no hex-cell rows');
    const broken = { ...snapshot.hexCells, weeks: [{ ...first, cell: '87ffffffffffff0' }] };
    expect(() => encodeHexCells(broken)).toThrow(/cell 87ffffffffffff0 is not listed/);
  });
});
