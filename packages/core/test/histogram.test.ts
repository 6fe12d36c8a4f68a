import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISTANCE_EDGES_KM,
  histogram,
  HistogramSchema,
  InvalidArgumentError,
  rebin,
} from '../src/index.js';

describe('histogram', () => {
  it('uses the default bins 0–2, 2–5, 5–10, 10–20, 20–40, 40+', () => {
    expect(DEFAULT_DISTANCE_EDGES_KM).toEqual([0, 2, 5, 10, 20, 40]);
    const result = histogram([0.5, 3, 50]);
    expect(result.bins.map((bin) => bin.count)).toEqual([1, 1, 0, 0, 0, 1]);
    expect(result.bins.map((bin) => [bin.fromKm, bin.toKm])).toEqual([
      [0, 2],
      [2, 5],
      [5, 10],
      [10, 20],
      [20, 40],
      [40, null],
    ]);
    expect(result.total).toBe(3);
    expect(result.bins[0]?.share).toBeCloseTo(1 / 3, 12);
    expect(HistogramSchema.parse(result)).toEqual(result);
  });

  it('puts edge values in the bin they open, and huge values in the open last bin', () => {
    const result = histogram([0, 2, 5, 9.999, 40, 1e6], [0, 2, 5, 10, 40]);
    expect(result.bins.map((bin) => bin.count)).toEqual([1, 1, 2, 0, 2]);
  });

  it('has zero shares when empty', () => {
    const result = histogram([]);
    expect(result.total).toBe(0);
    expect(result.bins.every((bin) => bin.count === 0 && bin.share === 0)).toBe(true);
  });

  it('rejects bad edges and bad distances', () => {
    expect(() => histogram([1], [])).toThrow(InvalidArgumentError);
    expect(() => histogram([1], [1, 2])).toThrow('first edge must be 0');
    expect(() => histogram([1], [0, 2, 2])).toThrow('increase strictly');
    expect(() => histogram([1], [0, 5, 3])).toThrow(InvalidArgumentError);
    expect(() => histogram([1], [0, Number.POSITIVE_INFINITY])).toThrow(InvalidArgumentError);
    expect(() => histogram([-1])).toThrow(InvalidArgumentError);
    expect(() => histogram([Number.NaN])).toThrow(InvalidArgumentError);
  });

  it('counts every input exactly once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { maxLength: 300 }),
        (values) => {
          const result = histogram(values);
          expect(result.total).toBe(values.length);
          expect(result.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(values.length);
          for (const bin of result.bins) {
            const expected = values.filter(
              (v) => v >= bin.fromKm && (bin.toKm === null || v < bin.toKm),
            ).length;
            expect(bin.count).toBe(expected);
          }
        },
      ),
    );
  });
});

describe('rebin', () => {
  const fineEdges = Array.from({ length: 61 }, (_, i) => i); // 0, 1, …, 60 km, 60+ open

  it('merges 1-km bins into the default bins', () => {
    const fine = histogram([0.2, 1.9, 2, 4.5, 7, 12, 39.9, 41, 75], fineEdges);
    const coarse = rebin(fine, DEFAULT_DISTANCE_EDGES_KM);
    expect(coarse).toEqual(histogram([0.2, 1.9, 2, 4.5, 7, 12, 39.9, 41, 75]));
  });

  it('refuses edges the fine histogram does not have', () => {
    const fine = histogram([1, 2, 3], [0, 2, 5]);
    expect(() => rebin(fine, [0, 3])).toThrow('not an edge of the source histogram');
    expect(() => rebin(fine, [0, 10])).toThrow(InvalidArgumentError);
  });

  it('preserves totals and equals binning the raw values coarsely (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 200 }),
        fc.subarray(fineEdges.slice(1), { minLength: 0 }),
        (values, inner) => {
          const coarseEdges = [0, ...inner];
          const coarse = rebin(histogram(values, fineEdges), coarseEdges);
          expect(coarse.total).toBe(values.length);
          expect(coarse).toEqual(histogram(values, coarseEdges));
        },
      ),
    );
  });
});
