/**
 * Benchmark (a): distance from the Blue Line for a million points, core's
 * `createBlueLineMeasure` against `@turf/point-to-line-distance` (geodesic, km) on the same points.
 */
import { lineString } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { createBlueLineMeasure } from '../src/index.js';
import type { RawInputs } from './data.js';
import { createRandom, jitter } from './prng.js';
import { median, timeMs } from './timing.js';

/** The result of the distance benchmark. */
export interface DistanceBenchResult {
  readonly points: number;
  readonly coreRuns: number;
  /** Median wall time of core over all points, ms. */
  readonly coreMs: number;
  /** Points turf actually measured (all, or a subsample when all would take too long). */
  readonly turfPoints: number;
  /** Wall time of turf on `turfPoints`, ms. */
  readonly turfMeasuredMs: number;
  /** Turf time for all points: measured, or extrapolated linearly from the subsample. */
  readonly turfMs: number;
  readonly turfExtrapolated: boolean;
  /** `turfMs / coreMs`. */
  readonly speedRatio: number;
  /** Over the points both measured, |core − turf| in metres. */
  readonly maxDiffM: number;
  readonly meanDiffM: number;
  readonly targets: { readonly speedRatio: number; readonly maxDiffM: number };
  readonly pass: boolean;
}

/** Turf on all points only if the estimate stays under this; otherwise on a subsample. */
const TURF_BUDGET_MS = 180_000;
const TURF_SUBSAMPLE = 100_000;
const TURF_PROBE = 5_000;

/**
 * Draws `count` points by resampling the ACLED event locations and the northern alert areas
 * with replacement, each moved by ~1 km of Gaussian jitter.
 */
export function samplePoints(
  inputs: RawInputs,
  count: number,
  seed: number,
): { lon: Float64Array; lat: Float64Array } {
  const pool: (readonly [number, number])[] = [
    ...inputs.acled.map((event) => [event.lon, event.lat] as const),
    ...inputs.alertAreas,
  ];
  const random = createRandom(seed);
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const [x, y] = pool[random.int(pool.length)] ?? [0, 0];
    const [jx, jy] = jitter(random, x, y, 1);
    lon[i] = jx;
    lat[i] = jy;
  }
  return { lon, lat };
}

/** Runs the distance benchmark on `count` points. */
export function runDistanceBench(
  inputs: RawInputs,
  count: number,
  log: (line: string) => void,
): DistanceBenchResult {
  const { lon, lat } = samplePoints(inputs, count, 20231008);
  const measure = createBlueLineMeasure(inputs.blueLine);
  const core = new Float64Array(count);
  const coreRun = (): void => {
    for (let i = 0; i < count; i++) core[i] = measure.distanceKm(lon[i] ?? 0, lat[i] ?? 0);
  };
  coreRun(); // warm-up
  const coreTimes = Array.from({ length: 5 }, () => timeMs(coreRun));
  const coreMs = median(coreTimes);
  log(`  core: ${count.toLocaleString('en')} points, median ${coreMs.toFixed(1)} ms of 5 runs`);

  const line = lineString(inputs.blueLine.map(([x, y]) => [x, y]));
  const turf = (from: number, to: number, out: Float64Array): number =>
    timeMs(() => {
      for (let i = from; i < to; i++) {
        out[i] = pointToLineDistance([lon[i] ?? 0, lat[i] ?? 0], line, {
          method: 'geodesic',
          units: 'kilometers',
        });
      }
    });
  const turfOut = new Float64Array(count);
  const probeMs = turf(0, Math.min(TURF_PROBE, count), turfOut);
  const estimateMs = (probeMs / Math.min(TURF_PROBE, count)) * count;
  const turfPoints = estimateMs > TURF_BUDGET_MS ? Math.min(TURF_SUBSAMPLE, count) : count;
  log(
    `  turf: probe of ${TURF_PROBE.toLocaleString('en')} points suggests ${(estimateMs / 1000).toFixed(0)} s for all; ` +
      (turfPoints < count
        ? `measuring a ${turfPoints.toLocaleString('en')}-point subsample and extrapolating`
        : 'measuring all points'),
  );
  // The points are drawn at random, so the first `turfPoints` are a random subsample.
  const turfMeasuredMs = turf(0, turfPoints, turfOut);
  const turfMs = (turfMeasuredMs / turfPoints) * count;

  let maxDiff = 0;
  let sumDiff = 0;
  for (let i = 0; i < turfPoints; i++) {
    const diff = Math.abs((core[i] ?? 0) - (turfOut[i] ?? 0)) * 1000;
    if (diff > maxDiff) maxDiff = diff;
    sumDiff += diff;
  }
  const targets = { speedRatio: 10, maxDiffM: 10 };
  const speedRatio = turfMs / coreMs;
  return {
    points: count,
    coreRuns: coreTimes.length,
    coreMs,
    turfPoints,
    turfMeasuredMs,
    turfMs,
    turfExtrapolated: turfPoints < count,
    speedRatio,
    maxDiffM: maxDiff,
    meanDiffM: sumDiff / turfPoints,
    targets,
    pass: speedRatio >= targets.speedRatio && maxDiff <= targets.maxDiffM,
  };
}
