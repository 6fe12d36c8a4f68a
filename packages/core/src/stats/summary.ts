import { InvalidArgumentError } from '../errors.js';
import type { DepthStats } from '../schemas/aggregates.js';
import { compensatedSum, depthStatsInPlace } from './kernel.js';

/**
 * The `p`-quantile of values already sorted ascending, by linear interpolation between order
 * statistics (Hyndman & Fan type 7: the default of R, NumPy and DuckDB's `quantile_cont`).
 * Returns `null` for an empty array.
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new InvalidArgumentError('p', `${p} is not in [0, 1]`);
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const low = sorted[lo] ?? 0;
  const high = sorted[hi] ?? 0;
  return low + (h - lo) * (high - low);
}

/**
 * Arithmetic mean, `null` for no values. The sum is compensated (Neumaier), so the result does
 * not depend on the order of the values beyond the last bit or so.
 */
export function mean(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  return compensatedSum(values) / n;
}

/**
 * Count, mean, median and 90th percentile of distances in km. The input is not modified.
 * Quantiles are type 7 (see {@link quantileSorted}), found by selection rather than a full sort.
 * @throws {InvalidArgumentError} on a negative or non-finite distance.
 * @example depthStats([1, 2, 3, 10]) // { count: 4, meanKm: 4, medianKm: 2.5, p90Km: ≈ 7.9 }
 */
export function depthStats(distancesKm: ArrayLike<number>): DepthStats {
  const values = Float64Array.from(distancesKm);
  for (const value of values) {
    if (!(value >= 0) || !Number.isFinite(value)) {
      throw new InvalidArgumentError(
        'distancesKm',
        `${value} is not a finite, non-negative distance`,
      );
    }
  }
  return depthStatsInPlace(values);
}

/**
 * Pearson correlation of two equally long series; `null` when either is constant or shorter
 * than two values.
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) {
    throw new InvalidArgumentError('ys', `length ${ys.length} differs from xs length ${xs.length}`);
  }
  const n = xs.length;
  if (n < 2) return null;
  const mx = mean(xs) ?? 0;
  const my = mean(ys) ?? 0;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Rounds half away from zero to `decimals` places, and turns −0 into 0, so serialised numbers are
 * stable across platforms.
 * @example roundTo(2.345, 2) // 2.35
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12) {
    throw new InvalidArgumentError('decimals', `${decimals} is not an integer in 0–12`);
  }
  if (!Number.isFinite(value)) throw new InvalidArgumentError('value', `${value} is not finite`);
  const factor = 10 ** decimals;
  // toPrecision first absorbs binary noise such as 2.345 → 2.34499999….
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}
