/**
 * Bring-your-own-data wiring: the operator's ACLED exports go through `@blueline/data`'s
 * streaming ACLED loader (the same validation, deduplication and side rules as the pipeline),
 * and distances are measured from the Blue Line the snapshot publishes.
 */
import { loadAcled } from '@blueline/data/pipeline';
import type { Position } from '@blueline/core';
import type { ApiSnapshot } from '../snapshot/types.js';
import { openIncidentStore, type AcledLoader } from './open.js';
import type { IncidentStore } from './store.js';

/**
 * Every date the export holds: the operator's export is theirs to extend the story with, so
 * nothing is cut to the study period.
 */
const ALL_DATES = { from: '0001-01-01', to: '9999-12-31' } as const;

/** Loads exports with `@blueline/data`'s ACLED loader. */
export const acledLoader: AcledLoader = async (files) => {
  const loaded = await loadAcled(files, { period: ALL_DATES });
  return {
    events: loaded.store.incidents(),
    counts: loaded.counts,
    files: loaded.files,
    coverage: loaded.coverage,
  };
};

/**
 * The Blue Line's positions from the snapshot's `blue-line` layer.
 * @throws {Error} if the layer holds no LineString (a broken snapshot).
 */
export function blueLineOf(snapshot: ApiSnapshot): Position[] {
  for (const feature of snapshot.geo['blue-line'].features) {
    if (feature.geometry.type === 'LineString') return feature.geometry.coordinates;
  }
  throw new Error('the snapshot’s blue-line layer has no LineString');
}

/** The SHA-256 of every raw file the snapshot was built from (its provenance). */
export function projectInputs(snapshot: ApiSnapshot): Set<string> {
  return new Set(
    snapshot.provenance.sources.flatMap((source) => source.files.map((file) => file.sha256)),
  );
}

const PROJECT_INPUT_REASON =
  'this is one of the project’s own raw inputs (its SHA-256 is in the snapshot’s provenance). /v1/incidents serves only an operator’s own licensed ACLED export: ACLED’s terms do not let the project republish event rows.';

/** Opens (building on first use) the incident index over the operator's exports. */
export async function openOperatorIncidents(
  files: readonly string[],
  snapshot: ApiSnapshot,
  directory: string | undefined,
  log: (message: string) => void,
): Promise<IncidentStore> {
  const opened = await openIncidentStore({
    files,
    load: acledLoader,
    blueLine: blueLineOf(snapshot),
    ...(directory === undefined ? {} : { directory }),
    log,
    refuse: { sha256: projectInputs(snapshot), reason: PROJECT_INPUT_REASON },
  });
  return opened.store;
}
