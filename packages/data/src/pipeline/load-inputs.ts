import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CompletenessManifestSchema, InputError, type CompletenessManifest } from '@blueline/core';
import { z } from 'zod';
import { loadAcled, type AcledLoad } from '../loaders/acled/load-acled.js';
import { loadAlertAreas, type AlertAreaIndex } from '../loaders/alerts/alert-areas.js';
import type { AlertRecordsLoad } from '../loaders/alerts/alert-record-collector.js';
import { loadCumtaAlerts } from '../loaders/alerts/load-cumta-alerts.js';
import { loadOfficialAlerts } from '../loaders/alerts/load-official-alerts.js';
import { loadGeoNames, type GeoNamesLoad } from '../loaders/geography/gazetteers.js';
import {
  loadBlueLine,
  loadDcwCountry,
  loadLitani,
  type BlueLineInput,
  type DcwCountry,
  type LitaniInput,
} from '../loaders/geography/raw-geography.js';
import { loadWorldAtlasCountries, type WorldAtlasLoad } from '../loaders/geography/world-atlas.js';
import { loadCasualties360info } from '../loaders/series/casualties-360info.js';
import { loadLobby1701 } from '../loaders/series/lobby1701.js';
import { loadMophDtm } from '../loaders/series/moph-dtm.js';
import type { SeriesLoad } from '../loaders/series/series-load.js';
import { loadUcdp, type UcdpLoad } from '../loaders/ucdp.js';
import { loadUnifilAirViolations, type UnifilLoad } from '../loaders/unifil.js';
import { packageDir } from '../paths.js';
import { detectAlertFile } from './alert-files.js';
import { rawPath } from './raw-layout.js';

/** What to build from. */
export interface BuildOptions {
  /** The raw directory (see `defaultRawDir`). */
  readonly rawDir: string;
  /** ACLED exports to use instead of the raw folder's (several are merged and de-duplicated). */
  readonly acledFiles?: readonly string[];
  /** Alert files to use instead of the raw folder's; official or Cumta, told apart by header. */
  readonly alertFiles?: readonly string[];
  /** Progress callbacks, for a progress bar. */
  readonly progress?: BuildProgress;
  /** The completeness manifests (default: `packages/data/manifests/completeness.json`). */
  readonly completenessManifests?: string;
}

/** The default completeness manifests: declarative facts about raw file versions. */
export const DEFAULT_COMPLETENESS_MANIFESTS = join(packageDir, 'manifests', 'completeness.json');

/** Progress of a build. */
export interface BuildProgress {
  /** A new step started. */
  step(label: string): void;
  /** Bytes of ACLED input read so far, out of `total`. */
  bytes(done: number, total: number): void;
}

/** Every loaded input of the build. */
export interface BuildInputs {
  /** ACLED Lebanon, the export of 15 October 2024 (or the user's own exports). */
  readonly acled: AcledLoad;
  /**
   * ACLED Lebanon, a later version, from the day after the earlier export's last full day
   * (core `ACLED_LEBANON_SEAM`); `null` when the user brings their own ACLED exports.
   */
  readonly acledLebanonLater: AcledLoad | null;
  /** ACLED events located in Israel (Hezbollah attacks); `null` with the user's own exports. */
  readonly acledIsrael: AcledLoad | null;
  /** Which weeks of which file versions are known lower bounds. */
  readonly completenessManifests: readonly CompletenessManifest[];
  readonly unifil: UnifilLoad;
  readonly ucdp: UcdpLoad;
  readonly alertAreas: AlertAreaIndex;
  readonly alertsOfficial: AlertRecordsLoad | null;
  readonly alertsCumta: AlertRecordsLoad | null;
  readonly mophDtm: SeriesLoad;
  readonly casualties360info: SeriesLoad;
  readonly lobby1701: SeriesLoad;
  readonly blueLine: BlueLineInput;
  readonly litani: LitaniInput;
  readonly lebanon: DcwCountry;
  readonly syria: DcwCountry;
  readonly worldAtlas: WorldAtlasLoad;
  readonly geonames: GeoNamesLoad;
}

/**
 * Checks the raw directory exists before anything is read, so a wrong path gives one clear
 * message instead of a missing-file error from the first loader.
 * @throws {InputError} naming the directory.
 */
export async function assertRawDir(rawDir: string): Promise<void> {
  const info = await stat(rawDir).catch(() => null);
  if (info?.isDirectory() !== true) {
    throw new InputError(
      [
        {
          field: 'raw data directory',
          message:
            'does not exist; pass --raw DIR or set RAW_DATA_DIR (default: <repo root>/../shared/data/raw)',
        },
      ],
      { file: rawDir, line: 0 },
    );
  }
}

/** Loads every source the snapshot is built from. */
export async function loadInputs(options: BuildOptions): Promise<BuildInputs> {
  const { rawDir, progress } = options;
  await assertRawDir(rawDir);

  progress?.step('ACLED');
  const acledFiles = options.acledFiles ?? [rawPath(rawDir, 'acled')];
  const sizes = await Promise.all(
    acledFiles.map((file) =>
      stat(file).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  const acled = await loadAcled(acledFiles, {
    onProgress: (bytes) => progress?.bytes(bytes, totalBytes),
  });
  // Each raw ACLED file is loaded on its own, so each is its own provenance entry; a user's own
  // exports replace all three.
  const ownExports = options.acledFiles !== undefined;
  const acledLebanonLater = ownExports
    ? null
    : await loadAcled([rawPath(rawDir, 'acledLebanonLater')]);
  const acledIsrael = ownExports ? null : await loadAcled([rawPath(rawDir, 'acledIsrael')]);
  const completenessManifests = await loadCompletenessManifests(
    options.completenessManifests ?? DEFAULT_COMPLETENESS_MANIFESTS,
  );
  const unifil = await loadUnifilAirViolations(rawPath(rawDir, 'unifil'));

  progress?.step('UCDP');
  const ucdp = await loadUcdp(rawPath(rawDir, 'ucdp'));

  progress?.step('HFC alerts');
  const alertAreas = await loadAlertAreas(rawPath(rawDir, 'alertAreas'));
  const alertFiles = options.alertFiles ?? [
    rawPath(rawDir, 'alertsOfficial'),
    rawPath(rawDir, 'alertsCumta'),
  ];
  const kinds = await Promise.all(alertFiles.map(detectAlertFile));
  const officialFiles = alertFiles.filter((_, index) => kinds[index] === 'official');
  const cumtaFiles = alertFiles.filter((_, index) => kinds[index] === 'cumta');
  const alertsOfficial =
    officialFiles.length > 0 ? await loadOfficialAlerts(officialFiles, alertAreas) : null;
  const alertsCumta = cumtaFiles.length > 0 ? await loadCumtaAlerts(cumtaFiles, alertAreas) : null;

  progress?.step('casualty and displacement series');
  const mophDtm = await loadMophDtm(rawPath(rawDir, 'mophDtm'));
  const casualties360info = await loadCasualties360info(rawPath(rawDir, 'casualties360info'));
  const lobby1701 = await loadLobby1701(rawPath(rawDir, 'lobby1701'));

  progress?.step('geography');
  const blueLine = await loadBlueLine(rawPath(rawDir, 'blueLine'));
  const litani = await loadLitani(rawPath(rawDir, 'litani'));
  const lebanon = await loadDcwCountry(rawPath(rawDir, 'dcw'), 'Lebanon');
  const syria = await loadDcwCountry(rawPath(rawDir, 'dcw'), 'Syria');
  const worldAtlas = await loadWorldAtlasCountries();
  const geonames = await loadGeoNames(rawPath(rawDir, 'geonames'));

  return {
    acled,
    acledLebanonLater,
    acledIsrael,
    completenessManifests,
    unifil,
    ucdp,
    alertAreas,
    alertsOfficial,
    alertsCumta,
    mophDtm,
    casualties360info,
    lobby1701,
    blueLine,
    litani,
    lebanon,
    syria,
    worldAtlas,
    geonames,
  };
}

/**
 * Reads the completeness manifests (a JSON array of core `CompletenessManifestSchema`).
 * @throws {InputError} naming the file and the first invalid field.
 */
export async function loadCompletenessManifests(file: string): Promise<CompletenessManifest[]> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new InputError([{ field: 'file', message: 'cannot be read' }], { file, line: 0 });
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError([{ field: 'file', message: 'is not valid JSON' }], { file, line: 0 });
  }
  const parsed = z.array(CompletenessManifestSchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      [{ field: issue?.path.join('.') ?? '', message: issue?.message ?? 'is invalid' }],
      { file, line: 0 },
    );
  }
  return parsed.data;
}
