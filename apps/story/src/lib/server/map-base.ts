/**
 * Projects the base map once, at build time, into world units, so the page ships short path
 * strings instead of the TopoJSON and a projection library has nothing to do on load.
 */
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { buildLocator } from '$lib/map/locator';
import { rewindFeatures } from '$lib/map/rewind';
import { createWorldPath, createWorldProjection, projectPoint } from '$lib/map/projection';
import { weekStartOf } from '@blueline/core';
import { ACLED_ISRAEL_SOURCE, coverageStart } from '$lib/facts/derive';
import type { MapBase, MapPlaceLabel } from '$lib/page-data';
import type { StorySnapshot } from '$lib/snapshot';

function layer(topology: Topology, name: string): GeoJSON.FeatureCollection | GeoJSON.Feature {
  const object = topology.objects[name] as GeometryObject | undefined;
  if (object === undefined) throw new Error(`geography.topo.json has no object "${name}"`);
  return rewindFeatures(feature(topology, object));
}

function features(collection: GeoJSON.FeatureCollection | GeoJSON.Feature): GeoJSON.Feature[] {
  return collection.type === 'FeatureCollection' ? collection.features : [collection];
}

/** The projected base map and place labels. */
export function buildMapBase(snapshot: StorySnapshot): MapBase {
  const projection = createWorldProjection();
  const path = createWorldPath(projection);
  const draw = (name: string): string => path(layer(snapshot.geography, name)) ?? '';
  const countries = features(layer(snapshot.geography, 'countries'));
  const land = countries.map((country) => {
    const name: unknown = country.properties?.['name'];
    return { name: typeof name === 'string' ? name : '', d: path(country) ?? '' };
  });
  const places = snapshot.places.flatMap((place): MapPlaceLabel[] => {
    const point = projectPoint(projection, place.lon, place.lat);
    if (point === null) return [];
    return [
      {
        id: place.id,
        name: place.name,
        x: Math.round(point[0] * 10) / 10,
        y: Math.round(point[1] * 10) / 10,
        rank: place.rank,
        country: place.country,
      },
    ];
  });
  return {
    land: land.filter((country) => country.d !== ''),
    blueLine: draw('blueLine'),
    litani: draw('litani'),
    qaraoun: draw('qaraoun'),
    zone: draw('unscr1701Zone'),
    golan: draw('golan'),
    places,
    locator: buildLocator(countries),
    hezbollahAcledFrom: (() => {
      const day = coverageStart(snapshot, ACLED_ISRAEL_SOURCE);
      return { day, week: weekStartOf(day) };
    })(),
  };
}
