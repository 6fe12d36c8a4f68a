/**
 * d3-geo reads polygon rings on the sphere: a small area must wind clockwise, or it is taken
 * to be the whole globe minus that area. GeoJSON (RFC 7946) winds the other way, so polygons
 * are turned round here when their area says they came in the GeoJSON order.
 */
import { geoArea } from 'd3-geo';

type Ring = GeoJSON.Position[];

function rewindPolygon(rings: Ring[]): Ring[] {
  const polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates: rings };
  return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}

/** The geometry with every polygon wound the way d3-geo expects; other geometries unchanged. */
export function rewindForD3<G extends GeoJSON.Geometry>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
  }
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) };
  }
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map(rewindForD3) };
  }
  return geometry;
}

/** A feature or collection with its polygons rewound for d3-geo. */
export function rewindFeatures(
  collection: GeoJSON.FeatureCollection | GeoJSON.Feature,
): GeoJSON.FeatureCollection | GeoJSON.Feature {
  const rewindFeature = (feature: GeoJSON.Feature): GeoJSON.Feature => ({
    ...feature,
    geometry: rewindForD3(feature.geometry),
  });
  return collection.type === 'FeatureCollection'
    ? { ...collection, features: collection.features.map(rewindFeature) }
    : rewindFeature(collection);
}
