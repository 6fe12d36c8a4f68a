import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  depthStats,
  InvalidArgumentError,
  mean,
  pearson,
  quantileSorted,
  roundTo,
} from '../src/index.js';
import { compensatedSum, orderStatistics, quantilesInPlace } from '../src/stats/kernel.js';

describe('quantileSorted (type 7)', () => {
  it('interpolates between order statistics, checked by hand', () => {
    const xs = [1, 2, 3, 4];
    // h = (n − 1)·p; value = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]), 0-based.
    expect(quantileSorted(xs, 0)).toBe(1);
    expect(quantileSorted(xs, 0.5)).toBe(2.5); // h = 1.5
    expect(quantileSorted(xs, 0.9)).toBeCloseTo(3.7, 12); // h = 2.7
    expect(quantileSorted(xs, 1)).toBe(4);
    expect(quantileSorted([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46, 12); // h = 3.6
    expect(quantileSorted([0, 10], 0.25)).toBe(2.5);
    expect(quantileSorted([7], 0.9)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNull();
  });

  it('rejects p outside [0, 1]', () => {
    expect(() => quantileSorted([1], 1.1)).toThrow(InvalidArgumentError);
    expect(() => quantileSorted([1], -0.1)).toThrow(InvalidArgumentError);
    expect(() => quantileSorted([1], Number.NaN)).toThrow(InvalidArgumentError);
  });
});

describe('depthStats', () => {
  it('gives count, mean, median and p90, checked by hand', () => {
    const stats = depthStats([10, 1, 3, 2]);
    expect(stats.count).toBe(4);
    expect(stats.meanKm).toBe(4);
    expect(stats.medianKm).toBe(2.5);
    expect(stats.p90Km).toBeCloseTo(7.9, 12); // h = 2.7: 3 + 0.7·(10 − 3)
    const odd = depthStats([5, 0, 1, 2, 100]);
    expect(odd.medianKm).toBe(2);
    expect(odd.p90Km).toBeCloseTo(62, 12); // h = 3.6: 5 + 0.6·95
  });

  it('is all null for no distances', () => {
    expect(depthStats([])).toEqual({ count: 0, meanKm: null, medianKm: null, p90Km: null });
  });

  it('does not modify its input', () => {
    const input = [3, 1, 2];
    depthStats(input);
    expect(input).toEqual([3, 1, 2]);
  });

  it('rejects negative, NaN and infinite distances', () => {
    expect(() => depthStats([1, -0.001])).toThrow(InvalidArgumentError);
    expect(() => depthStats([Number.NaN])).toThrow('not a finite, non-negative distance');
    expect(() => depthStats([Number.POSITIVE_INFINITY])).toThrow(InvalidArgumentError);
  });

  it('equals sorting and quantileSorted exactly, duplicates included (property)', () => {
    const distance = fc.oneof(
      fc.double({ min: 0, max: 200, noNaN: true }),
      fc.constantFrom(0, 1, 2.5, 2.5, 10),
    );
    fc.assert(
      fc.property(fc.array(distance, { maxLength: 2000 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        const stats = depthStats(values);
        expect(stats.count).toBe(values.length);
        expect(stats.medianKm).toBe(quantileSorted(sorted, 0.5));
        expect(stats.p90Km).toBe(quantileSorted(sorted, 0.9));
        if (values.length > 0) {
          expect(stats.meanKm).toBeCloseTo(mean(sorted) ?? 0, 9);
          expect(stats.medianKm ?? 0).toBeLessThanOrEqual(stats.p90Km ?? 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('selects correctly on large inputs where Floyd–Rivest samples (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 601, maxLength: 5000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (ints, rawPs) => {
          const ps = [...rawPs].sort((a, b) => a - b);
          const values = Float64Array.from(ints);
          const sorted = values.slice().sort();
          const got = quantilesInPlace(values, ps);
          expect(got).toEqual(ps.map((p) => quantileSorted(sorted, p)));
          // Still a permutation of the input.
          expect(values.slice().sort()).toEqual(sorted);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('finds exact order statistics through the bucket path on skewed data (property)', () => {
    const awkward = fc.oneof(
      fc.double({ min: 0, max: 5, noNaN: true }),
      fc.double({ min: 0, max: 1e300, noNaN: true }),
      fc.constantFrom(0, 5e-324, 1e-300, 2.5, 2.5, 1e300, Number.MAX_VALUE),
    );
    fc.assert(
      fc.property(fc.array(awkward, { minLength: 512, maxLength: 3000 }), (input) => {
        const values = Float64Array.from(input);
        const sorted = values.slice().sort();
        const n = values.length;
        const ranks = [0, Math.floor(n / 3), n >> 1, (n >> 1) + 1, n - 2, n - 1];
        const unique = [...new Set(ranks)].sort((a, b) => a - b);
        expect(orderStatistics(values.slice(), unique)).toEqual(unique.map((r) => sorted[r]));
        expect(quantilesInPlace(values.slice(), [0.5, 0.9])).toEqual([
          quantileSorted(sorted, 0.5),
          quantileSorted(sorted, 0.9),
        ]);
      }),
      { numRuns: 150 },
    );
  });

  it('handles constant data and ranges too narrow to bucket', () => {
    expect(orderStatistics(new Float64Array(600).fill(7), [0, 599])).toEqual([7, 7]);
    const narrow = Float64Array.from({ length: 600 }, (_, i) => (i % 2) * 5e-324);
    expect(orderStatistics(narrow, [299, 300])).toEqual([0, 5e-324]);
  });

  it('refuses unordered quantile lists', () => {
    expect(() => quantilesInPlace(new Float64Array([1, 2]), [0.9, 0.5])).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('mean, compensated sums and correlation', () => {
  it('averages, null for nothing', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNull();
  });

  it('sums without losing small terms to large ones', () => {
    expect(compensatedSum([1e16, 1, -1e16])).toBe(1);
    expect(compensatedSum([0.1, 0.2, 0.3])).toBe(0.6);
  });

  it('computes Pearson correlation', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
    expect(() => pearson([1, 2], [1])).toThrow(InvalidArgumentError);
  });
});

describe('roundTo', () => {
  it('rounds half away from zero, despite binary noise', () => {
    expect(roundTo(2.345, 2)).toBe(2.35); // 2.345 is 2.34499999… in binary
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(roundTo(1234.5678, 0)).toBe(1235);
    expect(roundTo(12.3, 3)).toBe(12.3);
  });

  it('never returns −0', () => {
    expect(Object.is(roundTo(-0.0001, 2), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 0), 0)).toBe(true);
    expect(Object.is(roundTo(-0.4, 0), 0)).toBe(true);
  });

  it('rejects bad arguments', () => {
    expect(() => roundTo(1, -1)).toThrow(InvalidArgumentError);
    expect(() => roundTo(1, 1.5)).toThrow(InvalidArgumentError);
    expect(() => roundTo(1, 13)).toThrow(InvalidArgumentError);
    expect(() => roundTo(Number.NaN, 2)).toThrow('not finite');
  });
});
