/**
 * Internal numeric kernels behind `depthStats` and `aggregateWeekly`. Not re-exported from the
 * package entry point: they reorder their input in place.
 */
import { InvalidArgumentError } from '../errors.js';
import type { DepthStats } from '../schemas/aggregates.js';

/**
 * Rearranges `values[left..right]` so that `values[k]` holds the value it would have if that
 * range were sorted ascending, every value before it is ≤ it and every value after it is ≥ it.
 * Floyd & Rivest's SELECT (1975): expected linear time, far fewer comparisons than a sort.
 * Values must not be NaN.
 */
export function selectInPlace(values: Float64Array, k: number, left: number, right: number): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    if (hi - lo > 600) {
      // Recurse on a small sample around k first, so the pivot lands close to k.
      const n = hi - lo + 1;
      const m = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLo = Math.max(lo, Math.floor(k - (m * s) / n + sd));
      const newHi = Math.min(hi, Math.floor(k + ((n - m) * s) / n + sd));
      selectInPlace(values, k, newLo, newHi);
    }
    const pivot = values[k] ?? 0;
    let i = lo;
    let j = hi;
    swap(values, lo, k);
    if ((values[hi] ?? 0) > pivot) swap(values, lo, hi);
    while (i < j) {
      swap(values, i, j);
      i++;
      j--;
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
    }
    if (values[lo] === pivot) {
      swap(values, lo, j);
    } else {
      j++;
      swap(values, j, hi);
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

function swap(values: Float64Array, i: number, j: number): void {
  const t = values[i] ?? 0;
  values[i] = values[j] ?? 0;
  values[j] = t;
}

/** Below this many values, bucketing does not pay for itself. */
const BUCKET_MIN_VALUES = 512;
const BUCKETS = 1024;

/**
 * The values of ranks `ranks` (0-based, ascending, distinct) in `values` as if sorted ascending.
 * May reorder `values`.
 *
 * For large inputs: one pass for the range, one to count values into 1024 equal-width buckets,
 * one to gather only the buckets that hold the wanted ranks, then {@link selectInPlace} inside
 * those few values. Bucketing is monotone (a larger value never lands in a lower bucket, as IEEE
 * subtraction, scaling and truncation are all monotone), so every value of a lower bucket is ≤
 * every value of a higher one and a rank's value is found exactly. The passes have almost no
 * unpredictable branches, unlike partitioning, which mispredicts about every other comparison.
 */
export function orderStatistics(values: Float64Array, ranks: readonly number[]): number[] {
  const n = values.length;
  if (n < BUCKET_MIN_VALUES) return selectRanks(values, ranks);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const value = values[i] ?? 0;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min === max) return ranks.map(() => min);
  const scale = BUCKETS / (max - min);
  if (!Number.isFinite(scale)) return selectRanks(values, ranks);
  const last = BUCKETS - 1;
  const counts = new Int32Array(BUCKETS);
  for (let i = 0; i < n; i++) {
    const scaled = ((values[i] ?? 0) - min) * scale;
    const bucket = scaled < last ? scaled | 0 : last;
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  // The bucket of each rank and the rank's position inside it.
  const bucketOfRank: number[] = [];
  const offsetOfRank: number[] = [];
  let bucket = 0;
  let before = 0;
  for (const rank of ranks) {
    while (before + (counts[bucket] ?? 0) <= rank) before += counts[bucket++] ?? 0;
    bucketOfRank.push(bucket);
    offsetOfRank.push(rank - before);
  }
  // Gather the wanted buckets' values in one pass.
  const slotOfBucket = new Int8Array(BUCKETS).fill(-1);
  const gathered: Float64Array[] = [];
  for (const wanted of bucketOfRank) {
    if ((slotOfBucket[wanted] ?? -1) < 0) {
      slotOfBucket[wanted] = gathered.length;
      gathered.push(new Float64Array(counts[wanted] ?? 0));
    }
  }
  const filled = new Int32Array(gathered.length);
  for (let i = 0; i < n; i++) {
    const value = values[i] ?? 0;
    const scaled = (value - min) * scale;
    const slot = slotOfBucket[scaled < last ? scaled | 0 : last] ?? -1;
    if (slot >= 0) {
      const target = gathered[slot];
      const at = filled[slot] ?? 0;
      if (target !== undefined) target[at] = value;
      filled[slot] = at + 1;
    }
  }
  return ranks.map((_, index) => {
    const slot = slotOfBucket[bucketOfRank[index] ?? 0] ?? 0;
    const target = gathered[slot] ?? new Float64Array(0);
    const offset = offsetOfRank[index] ?? 0;
    selectInPlace(target, offset, 0, target.length - 1);
    return target[offset] ?? 0;
  });
}

/** {@link orderStatistics} by successive selections on the whole array. */
function selectRanks(values: Float64Array, ranks: readonly number[]): number[] {
  // Invariant: values[0..left) hold the `left` smallest values, each ≤ everything after them.
  let left = 0;
  return ranks.map((rank) => {
    selectInPlace(values, rank, left, values.length - 1);
    left = rank + 1;
    return values[rank] ?? 0;
  });
}

/**
 * Type-7 quantiles (as `quantileSorted` computes them on sorted data) of `values`, without
 * sorting: each needs only two order statistics, found by {@link orderStatistics}. May reorder
 * `values`. `ps` must be ascending. Returns `null`s for an empty array. Bit-for-bit equal to
 * sorting and calling `quantileSorted`.
 * @throws {InvalidArgumentError} if a `p` is outside [0, 1] or `ps` is not ascending.
 */
export function quantilesInPlace(values: Float64Array, ps: readonly number[]): (number | null)[] {
  const n = values.length;
  let previous = 0;
  for (const p of ps) {
    if (!(p >= previous && p <= 1)) {
      throw new InvalidArgumentError('ps', `${ps.join(', ')} are not ascending values in [0, 1]`);
    }
    previous = p;
  }
  if (n === 0) return ps.map(() => null);
  // The ranks each quantile interpolates between, ascending and distinct.
  const ranks: number[] = [];
  for (const p of ps) {
    const lo = Math.floor((n - 1) * p);
    for (const rank of [lo, Math.min(n - 1, lo + 1)]) {
      if (ranks.at(-1) !== rank) ranks.push(rank);
    }
  }
  const stats = orderStatistics(values, ranks);
  const valueOf = new Map(ranks.map((rank, index) => [rank, stats[index] ?? 0]));
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const low = valueOf.get(lo) ?? 0;
    const high = valueOf.get(Math.min(n - 1, lo + 1)) ?? 0;
    return low + (h - lo) * (high - low);
  });
}

/**
 * Sum by Neumaier's compensated summation: accurate to about one rounding whatever the order of
 * the values, so a mean does not depend on the order rows arrive in.
 */
export function compensatedSum(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0;
    const t = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - t + value : value - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/**
 * Count, mean, median and 90th percentile of values already checked to be finite and
 * non-negative, reordering them in place instead of copying: the hot path of `depthStats` and
 * the weekly aggregation.
 */
export function depthStatsInPlace(values: Float64Array): DepthStats {
  const count = values.length;
  const meanKm = count === 0 ? null : compensatedSum(values) / count;
  const [medianKm = null, p90Km = null] = quantilesInPlace(values, [0.5, 0.9]);
  return { count, meanKm, medianKm, p90Km };
}
