import { roundTo, type DepthStats } from '@blueline/core';

/**
 * The snapshot's rounding rules, so that rebuilds are byte-identical across platforms and the
 * files carry no false precision: kilometres to 2 decimals (10 m), shares to 4, ratios, means
 * and correlations to 3, coordinates to 5 (about 1 m).
 */
export const DECIMALS = { km: 2, share: 4, ratio: 3, coordinate: 5 } as const;

/** Kilometres, 2 decimals. */
export const roundKm = (value: number): number => roundTo(value, DECIMALS.km);
/** A share of a total, 4 decimals. */
export const roundShare = (value: number): number => roundTo(value, DECIMALS.share);
/** A ratio, mean or correlation, 3 decimals. */
export const roundRatio = (value: number): number => roundTo(value, DECIMALS.ratio);
/** A longitude or latitude, 5 decimals. */
export const roundCoordinate = (value: number): number => roundTo(value, DECIMALS.coordinate);

/** Applies `round` unless the value is `null`. */
export function roundOrNull(value: number | null, round: (value: number) => number): number | null {
  return value === null ? null : round(value);
}

/** Depth statistics with every distance rounded to km precision. */
export function roundDepthStats(stats: DepthStats): DepthStats {
  return {
    count: stats.count,
    meanKm: roundOrNull(stats.meanKm, roundKm),
    medianKm: roundOrNull(stats.medianKm, roundKm),
    p90Km: roundOrNull(stats.p90Km, roundKm),
  };
}
