/**
 * What the API serves from the snapshot: the typed contents of packages/data/snapshot, as
 * `@blueline/data` reads them. The app takes this as an argument (see `createApp`), so tests
 * and alternative deployments can hand it any snapshot of the same shape.
 */
import type {
  GeoLayerId,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  SnapshotContents,
} from '@blueline/core';

/** A GeoJSON geometry of the kinds the map layers use. */
export type LayerGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

/** A GeoJSON feature of a map layer. */
export interface LayerFeature {
  readonly type: 'Feature';
  readonly id?: string | number;
  readonly properties: Readonly<Record<string, unknown>> | null;
  readonly geometry: LayerGeometry;
}

/** A GeoJSON feature collection: one map layer. */
export interface LayerFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly LayerFeature[];
}

/** The snapshot contents the API serves: the files it needs, its map layers as GeoJSON, a version. */
export interface ApiSnapshot extends Omit<SnapshotContents, 'geography' | 'places' | 'agreement'> {
  readonly geo: Readonly<Record<GeoLayerId, LayerFeatureCollection>>;
  /** A hash of the snapshot's files, reported by /health so clients can tell versions apart. */
  readonly version: string;
}
