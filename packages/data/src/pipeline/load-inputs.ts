import { stat } from 'node:fs/promises';
import { InputError } from '@blueline/core';
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
}

/** Progress of a build. */
export interface BuildProgress {
  /** A new step started. */
  step(label: string): void;
  /** Bytes of ACLED input read so far, out of `total`. */
  bytes(done: number, total: number): void;
}

/** Every loaded input of the build. */
export interface BuildInputs {
  readonly acled: AcledLoad;
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
  const worldAtlas = await loadWorldAtlasCountries();
  const geonames = await loadGeoNames(rawPath(rawDir, 'geonames'));

  return {
    acled,
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
    worldAtlas,
    geonames,
  };
}
