/**
 * @packageDocumentation
 * The Node-only build pipeline of `@blueline/data`: loaders for every raw source, the snapshot
 * build, and the reproducibility check. The browser-safe accessors are the package's main entry.
 */
export { buildSnapshot, writeSnapshot, type BuiltSnapshot } from './build.js';
export { compareSnapshot, type SnapshotDifference } from './check.js';
export {
  composeSnapshot,
  HEX_RESOLUTION,
  UCDP_GED_COVERAGE_END,
  type BuildReport,
  type ComposedSnapshot,
} from './compose-snapshot.js';
export { formatJson } from './format-json.js';
export {
  assertRawDir,
  loadInputs,
  type BuildInputs,
  type BuildOptions,
  type BuildProgress,
} from './load-inputs.js';
export { RAW_FILES, rawPath, type RawFile } from './raw-layout.js';
export { serializeSnapshot } from './serialize.js';
export { SNAPSHOT_SCHEMAS, type SnapshotContents } from './snapshot-contents.js';
export { detectAlertFile, type AlertFileKind } from './alert-files.js';
export { defaultRawDir, packageDir, snapshotDir, snapshotPath } from '../paths.js';
export { loadAcled, type AcledLoad, type LoadAcledOptions } from '../loaders/acled/load-acled.js';
/** ACLED events as loaded: core incidents in a columnar store. */
export type { AcledIncident, AcledEventStore } from '../loaders/acled/acled-store.js';
export { loadUcdp, type UcdpEvent, type UcdpLoad } from '../loaders/ucdp.js';
export {
  loadAlertAreas,
  type AlertArea,
  type AlertAreaIndex,
} from '../loaders/alerts/alert-areas.js';
export { loadOfficialAlerts } from '../loaders/alerts/load-official-alerts.js';
export { loadCumtaAlerts } from '../loaders/alerts/load-cumta-alerts.js';
/** One alert history's records and counts. */
export type { AlertRecordsLoad } from '../loaders/alerts/alert-record-collector.js';
export { loadMophDtm } from '../loaders/series/moph-dtm.js';
export { loadCasualties360info } from '../loaders/series/casualties-360info.js';
export { loadLobby1701 } from '../loaders/series/lobby1701.js';
/** A loaded file of dated series. */
export type { SeriesLoad } from '../loaders/series/series-load.js';
