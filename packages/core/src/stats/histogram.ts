import { InvalidArgumentError } from '../errors.js';
import type { DistanceBin, Histogram } from '../schemas/aggregates.js';

/**
 * Default distance bins in km: 0–2, 2–5, 5–10, 10–20, 20–40 and 40+. Narrow near the line,
 * where most fire falls, wide further out.
 */
export const DEFAULT_DISTANCE_EDGES_KM: readonly number[] = [0, 2, 5, 10, 20, 40];

function checkEdges(edges: readonly number[]): void {
  if (edges.length === 0) throw new InvalidArgumentError('edges', 'needs at least one edge');
  if (edges[0] !== 0) throw new InvalidArgumentError('edges', 'the first edge must be 0 km');
  for (let i = 1; i < edges.length; i++) {
    const previous = edges[i - 1] ?? 0;
    const current = edges[i] ?? 0;
    if (!(current > previous) || !Number.isFinite(current)) {
      throw new InvalidArgumentError(
        'edges',
        `edges must increase strictly (edge ${i} = ${current})`,
      );
    }
  }
}

function binsFromCounts(edges: readonly number[], counts: readonly number[]): Histogram {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const bins: DistanceBin[] = edges.map((fromKm, i) => {
    const count = counts[i] ?? 0;
    return { fromKm, toKm: edges[i + 1] ?? null, count, share: total === 0 ? 0 : count / total };
  });
  return { bins, total };
}

/**
 * Counts distances into bins `[edges[i], edges[i+1])`, the last bin open-ended.
 * @throws {InvalidArgumentError} on bad edges or a negative/non-finite distance.
 * @example histogram([0.5, 3, 50]).bins.map((b) => b.count) // [1, 1, 0, 0, 0, 1]
 */
export function histogram(
  distancesKm: Iterable<number>,
  edges: readonly number[] = DEFAULT_DISTANCE_EDGES_KM,
): Histogram {
  checkEdges(edges);
  const counts = new Array<number>(edges.length).fill(0);
  for (const value of distancesKm) {
    if (!(value >= 0) || !Number.isFinite(value)) {
      throw new InvalidArgumentError(
        'distancesKm',
        `${value} is not a finite, non-negative distance`,
      );
    }
    // Binary search: the last edge ≤ value.
    let lo = 0;
    let hi = edges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((edges[mid] ?? 0) <= value) lo = mid;
      else hi = mid - 1;
    }
    counts[lo] = (counts[lo] ?? 0) + 1;
  }
  return binsFromCounts(edges, counts);
}

/**
 * Merges a fine histogram into coarser bins. Every new edge must be one of the fine histogram's
 * edges, so no count is split or guessed.
 * @example rebin(fineOneKmHistogram, DEFAULT_DISTANCE_EDGES_KM)
 */
export function rebin(fine: Histogram, edges: readonly number[]): Histogram {
  checkEdges(edges);
  const fineEdges = fine.bins.map((bin) => bin.fromKm);
  for (const edge of edges) {
    if (!fineEdges.includes(edge)) {
      throw new InvalidArgumentError('edges', `${edge} km is not an edge of the source histogram`);
    }
  }
  const counts = new Array<number>(edges.length).fill(0);
  for (const bin of fine.bins) {
    let target = 0;
    for (let i = 0; i < edges.length; i++) if ((edges[i] ?? 0) <= bin.fromKm) target = i;
    counts[target] = (counts[target] ?? 0) + bin.count;
  }
  return binsFromCounts(edges, counts);
}
