/**
 * What the API serves from the snapshot: the typed contents of packages/data/snapshot, as
 * `@blueline/data` reads them. The app takes this as an argument (see `createApp`), so tests
 * and alternative deployments can hand it any snapshot of the same shape.
 */
import type { GeoLayerId, SnapshotContents } from '@blueline/core';
import type { GeoLayer } from '@blueline/data';

/** The snapshot contents the API serves: the files it needs, its map layers as GeoJSON, a version. */
export interface ApiSnapshot extends Omit<SnapshotContents, 'geography' | 'places' | 'agreement'> {
  readonly geo: Readonly<Record<GeoLayerId, GeoLayer>>;
  /** A hash of the snapshot's files, reported by /health so clients can tell versions apart. */
  readonly version: string;
}
