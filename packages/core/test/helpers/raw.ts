// Access to the real raw data for the few tests that measure the real Blue Line. The data is
// read at run time and never copied into the repository; tests using it are skipped without it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineStringSchema, type Position } from '../../src/index.js';

/** `$RAW_DATA_DIR`, else `<repo>/../shared/data/raw`. */
export const RAW_DATA_DIR = resolve(
  process.env.RAW_DATA_DIR ??
    join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'raw'),
);

const BLUE_LINE = join(
  RAW_DATA_DIR,
  'geography-gmt-dcw-gshhg',
  'blue_line_approx_from_dcw_lebanon.geojson',
);

/** Whether the approximate Blue Line is available. */
export const HAS_BLUE_LINE = existsSync(BLUE_LINE);

/** The approximate Blue Line's positions, coast to Hermon. */
export function loadBlueLine(): Position[] {
  const json = JSON.parse(readFileSync(BLUE_LINE, 'utf8')) as {
    features: { geometry: unknown }[];
  };
  return LineStringSchema.parse(json.features[0]?.geometry).coordinates;
}

/** A small seeded PRNG (mulberry32) for reproducible random fixtures. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
