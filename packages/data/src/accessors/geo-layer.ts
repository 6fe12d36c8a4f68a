import {
  GEOGRAPHY_OBJECTS,
  type GeoLayerId,
  type LineString,
  type MultiLineString,
  type MultiPolygon,
  type Polygon,
} from '@blueline/core';
import { feature } from 'topojson-client';
import { geography } from './geography.js';

/** One GeoJSON feature of a map layer. */
export interface GeoLayerFeature {
  readonly type: 'Feature';
  readonly id?: string | number;
  readonly properties: Readonly<Record<string, unknown>>;
  readonly geometry: LineString | MultiLineString | Polygon | MultiPolygon;
}

/** A map layer as a GeoJSON FeatureCollection. */
export interface GeoLayer {
  readonly type: 'FeatureCollection';
  readonly features: readonly GeoLayerFeature[];
}

type Topology = Parameters<typeof feature>[0];
type TopologyObject = Parameters<typeof feature>[1];

const cache = new Map<GeoLayerId, GeoLayer>();

/**
 * A map layer as GeoJSON, decoded from `geography.topo.json` with topojson-client:
 * `'blue-line'` (the approximate Blue Line), `'litani'` (upper and lower course),
 * `'unscr1701-zone'` (Lebanon south of the Litani, by the rule in the snapshot's provenance) or
 * `'countries'` (Natural Earth outlines for context, with `name` and `isoNumeric`). Always a
 * FeatureCollection; decoded once, then cached.
 */
export function geoLayer(id: GeoLayerId): GeoLayer {
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  const topology = geography as unknown as Topology;
  const object = topology.objects[GEOGRAPHY_OBJECTS[id]] as TopologyObject | undefined;
  if (object === undefined) throw new RangeError(`geography.topo.json has no layer "${id}"`);
  const decoded = feature(topology, object) as unknown as GeoLayerFeature | GeoLayer;
  const layer: GeoLayer =
    decoded.type === 'FeatureCollection'
      ? decoded
      : { type: 'FeatureCollection', features: [decoded] };
  cache.set(id, layer);
  return layer;
}
