/**
 * Reads the raw inputs the benchmarks resample from. Nothing here is written anywhere: ACLED's
 * terms forbid republishing raw rows, so the benchmarks only ever hold them in memory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LineStringSchema,
  type Position,
  precisionOfAcled,
  sideOfAcledEvent,
} from '../src/index.js';
import type { Belligerent } from '../src/index.js';
import Papa from 'papaparse';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The raw-data directory: `$RAW_DATA_DIR`, else `<repo>/../shared/data/raw`. */
export function rawDataDir(): string {
  const fromEnv = process.env.RAW_DATA_DIR;
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  return resolve(HERE, '..', '..', '..', '..', 'shared', 'data', 'raw');
}

/** One ACLED event as the benchmarks use it. */
export interface AcledPoint {
  readonly date: string;
  readonly lon: number;
  readonly lat: number;
  /** `null` for actors that are neither Israel nor Hezbollah. */
  readonly side: Belligerent | null;
  /** Whether the location is precise enough to measure (ACLED geo_precision 1 or 2). */
  readonly mappable: boolean;
}

/** Everything the benchmarks resample from. */
export interface RawInputs {
  readonly dir: string;
  readonly blueLine: readonly Position[];
  readonly acled: readonly AcledPoint[];
  /** HFC alert-area positions north of 32.4° N, `[lon, lat]`. */
  readonly alertAreas: readonly Position[];
}

/** Why the raw inputs could not be loaded, for the "skipped" message. */
export class MissingRawData extends Error {
  override readonly name = 'MissingRawData';
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function loadBlueLine(dir: string): Position[] {
  const path = join(dir, 'geography-gmt-dcw-gshhg', 'blue_line_approx_from_dcw_lebanon.geojson');
  const json = readJson(path) as { features?: { geometry?: unknown }[] };
  return LineStringSchema.parse(json.features?.[0]?.geometry).coordinates;
}

function loadAcled(dir: string): AcledPoint[] {
  const folder = join(dir, 'acled-lebanon-samchakra');
  const file = readdirSync(folder).find((name) => name.endsWith('.csv'));
  if (file === undefined) throw new MissingRawData(`no ACLED CSV in ${folder}`);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(folder, file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]?.message ?? ''}`);
  const records = parsed.data;
  return records.map((record) => {
    const side = sideOfAcledEvent({
      actor1: record.actor1 ?? '',
      assocActor1: record.assoc_actor_1 === '' ? null : (record.assoc_actor_1 ?? null),
    });
    return {
      date: record.event_date ?? '',
      lon: Number(record.longitude),
      lat: Number(record.latitude),
      side: side === 'israel' || side === 'hezbollah' ? side : null,
      mappable: precisionOfAcled(Number(record.geo_precision)) !== 'province',
    };
  });
}

function loadAlertAreas(dir: string): Position[] {
  const path = join(dir, 'hfc-alert-areas-pikud-haoref-api', 'cities.json');
  const cities = readJson(path) as { lat?: unknown; lng?: unknown }[];
  return cities.flatMap((city): Position[] =>
    typeof city.lat === 'number' && typeof city.lng === 'number' && city.lat > 32.4
      ? [[city.lng, city.lat]]
      : [],
  );
}

/**
 * Loads the Blue Line, the ACLED events and the northern HFC alert areas.
 * @throws {MissingRawData} if the raw-data directory is absent.
 */
export function loadRawInputs(): RawInputs {
  const dir = rawDataDir();
  if (!existsSync(dir)) {
    throw new MissingRawData(`raw data not found at ${dir} (set RAW_DATA_DIR to override)`);
  }
  return {
    dir,
    blueLine: loadBlueLine(dir),
    acled: loadAcled(dir),
    alertAreas: loadAlertAreas(dir),
  };
}
