/**
 * What the API serves from the snapshot: the typed contents of packages/data/snapshot, as
 * `@blueline/data` reads them. The app takes this as an argument (see `createApp`), so tests
 * and alternative deployments can hand it any snapshot of the same shape.
 */
import type {
  CsisSnapshot,
  DatedSeries,
  DistanceHistogram,
  GeoLayerId,
  HexCellsSnapshot,
  KeyEvent,
  KeyFigure,
  LineString,
  MultiLineString,
  MultiPolygon,
  PhasesSnapshot,
  Polygon,
  Provenance,
  WeeklyRow,
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

/** The snapshot contents the API serves. */
export interface ApiSnapshot {
  readonly weekly: readonly WeeklyRow[];
  /** Fine (1-km) histograms; the API re-bins them with core `rebin`. */
  readonly histograms: readonly DistanceHistogram[];
  readonly hexCells: HexCellsSnapshot;
  readonly phases: PhasesSnapshot;
  /** Casualty and displacement series. */
  readonly series: readonly DatedSeries[];
  readonly timeline: readonly KeyEvent[];
  readonly keyFigures: readonly KeyFigure[];
  readonly csis: CsisSnapshot;
  readonly provenance: Provenance;
  readonly geo: Readonly<Record<GeoLayerId, LayerFeatureCollection>>;
  /** A hash of the snapshot's files, reported by /health so clients can tell versions apart. */
  readonly version: string;
}
