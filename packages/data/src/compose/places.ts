import type { BlueLineMeasure, BlueLineSide, MapPlace } from '@blueline/core';
import type { AcledEventStore } from '../loaders/acled/acled-store.js';
import type { AlertArea } from '../loaders/alerts/alert-areas.js';
import type { GazetteerPlace } from '../loaders/geography/gazetteers.js';
import { roundCoordinate, roundKm } from './rounding.js';

/** Where a place's coordinates come from. */
type PlaceSource =
  /** GeoNames cities500, by its `name`. */
  | { readonly geonames: string }
  /** The HFC alert-area list, by Hebrew name (the area's centroid). */
  | { readonly alertArea: string }
  /** The mean of ACLED's coordinates for events at this `location` (an aggregate, not a row). */
  | { readonly acledLocation: string };

interface PlaceSpec {
  readonly id: string;
  readonly name: string;
  /**
   * The side of the Blue Line the place is on, as a fact about the place: the approximate line
   * is off by up to a kilometre, enough to put Metula on the wrong side. The Golan Heights
   * (Majdal Shams, Ghajar) lie on the Israeli-held side.
   */
  readonly side: BlueLineSide;
  /** 1 = always labelled, 3 = only on zoomed-in maps. */
  readonly rank: 1 | 2 | 3;
  readonly from: PlaceSource;
}

/**
 * The labelled places. GeoNames has few Lebanese villages, so border villages come from ACLED's
 * own locations; northern Israeli localities from the HFC area list where GeoNames lacks them
 * (its extract stops at 32.5° N, so Tel Aviv comes from the area list too). ACLED has no
 * "Shebaa Farms" location: the village of Shebaa stands in for the area, which lies just
 * south-east of it. Majdal Shams and Ghajar are in the Golan Heights, occupied by Israel.
 */
export const PLACES: readonly PlaceSpec[] = [
  { id: 'beirut', side: 'lebanon', name: 'Beirut', rank: 1, from: { geonames: 'Beirut' } },
  {
    id: 'dahiyeh',
    side: 'lebanon',
    name: 'Dahiyeh',
    rank: 1,
    from: { acledLocation: 'Haret Hreik' },
  },
  { id: 'tyre', side: 'lebanon', name: 'Tyre', rank: 1, from: { geonames: 'Tyre' } },
  { id: 'sidon', side: 'lebanon', name: 'Sidon', rank: 1, from: { geonames: 'Sidon' } },
  {
    id: 'nabatieh',
    side: 'lebanon',
    name: 'Nabatieh',
    rank: 1,
    from: { geonames: 'Nabatîyé et Tahta' },
  },
  { id: 'baalbek', side: 'lebanon', name: 'Baalbek', rank: 1, from: { geonames: 'Baalbek' } },
  { id: 'hermel', side: 'lebanon', name: 'Hermel', rank: 2, from: { geonames: 'El Hermel' } },
  { id: 'zahle', side: 'lebanon', name: 'Zahle', rank: 2, from: { geonames: 'Zahlé' } },
  {
    id: 'bint-jbeil',
    side: 'lebanon',
    name: 'Bint Jbeil',
    rank: 2,
    from: { geonames: 'Bent Jbaïl' },
  },
  { id: 'marjayoun', side: 'lebanon', name: 'Marjayoun', rank: 2, from: { geonames: 'Marjayoûn' } },
  { id: 'khiam', side: 'lebanon', name: 'Khiam', rank: 2, from: { acledLocation: 'Khiyam' } },
  { id: 'naqoura', side: 'lebanon', name: 'Naqoura', rank: 2, from: { geonames: 'En Nâqoûra' } },
  { id: 'hasbaya', side: 'lebanon', name: 'Hasbaya', rank: 3, from: { geonames: 'Hâsbaïya' } },
  { id: 'shebaa', side: 'lebanon', name: 'Shebaa', rank: 2, from: { acledLocation: 'Chebaa' } },
  {
    id: 'kfar-kila',
    side: 'lebanon',
    name: 'Kfar Kila',
    rank: 3,
    from: { acledLocation: 'Kfar Kila' },
  },
  {
    id: 'aita-al-shaab',
    side: 'lebanon',
    name: 'Aita al-Shaab',
    rank: 3,
    from: { acledLocation: 'Aita ech Chaab' },
  },
  {
    id: 'kiryat-shmona',
    side: 'israel',
    name: 'Kiryat Shmona',
    rank: 1,
    from: { geonames: 'Qiryat Shmona' },
  },
  { id: 'metula', side: 'israel', name: 'Metula', rank: 2, from: { alertArea: 'מטולה' } },
  { id: 'shlomi', side: 'israel', name: 'Shlomi', rank: 2, from: { geonames: 'Shlomi' } },
  { id: 'nahariya', side: 'israel', name: 'Nahariya', rank: 1, from: { geonames: 'Nahariyya' } },
  { id: 'acre', side: 'israel', name: 'Acre', rank: 2, from: { geonames: 'Acre' } },
  { id: 'haifa', side: 'israel', name: 'Haifa', rank: 1, from: { geonames: 'Haifa' } },
  { id: 'safed', side: 'israel', name: 'Safed', rank: 2, from: { geonames: 'Safed' } },
  { id: 'karmiel', side: 'israel', name: 'Karmiel', rank: 3, from: { geonames: 'Karmi’el' } },
  { id: 'tiberias', side: 'israel', name: 'Tiberias', rank: 2, from: { geonames: 'Tiberias' } },
  { id: 'avivim', side: 'israel', name: 'Avivim', rank: 3, from: { alertArea: 'אביבים' } },
  {
    id: 'majdal-shams',
    side: 'israel',
    name: 'Majdal Shams',
    rank: 2,
    from: { geonames: 'Majdal Shams' },
  },
  { id: 'ghajar', side: 'israel', name: 'Ghajar', rank: 3, from: { geonames: 'El Ghajar' } },
  {
    id: 'tel-aviv',
    side: 'israel',
    name: 'Tel Aviv',
    rank: 1,
    from: { alertArea: 'תל אביב - מרכז העיר' },
  },
];

/** The gazetteers places are looked up in. */
export interface PlaceGazetteers {
  readonly geonames: readonly GazetteerPlace[];
  readonly alertAreas: readonly AlertArea[];
  readonly acled: AcledEventStore;
}

/** The composed places, and the ones the inputs could not locate. */
export interface PlacesResult {
  readonly places: MapPlace[];
  /** Places left out because an ACLED location is absent from the ACLED input. */
  readonly missing: string[];
  /** Places the approximate line puts on the other side (within its error band). */
  readonly acrossTheLine: string[];
}

function acledMeans(store: AcledEventStore, wanted: ReadonlySet<string>) {
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const { incident } of store.incidents()) {
    const name = incident.location.placeName;
    if (name === null || !wanted.has(name)) continue;
    const sum = sums.get(name) ?? { lat: 0, lon: 0, n: 0 };
    sum.lat += incident.location.lat;
    sum.lon += incident.location.lon;
    sum.n++;
    sums.set(name, sum);
  }
  return new Map(
    [...sums].map(([name, sum]) => [name, { lat: sum.lat / sum.n, lon: sum.lon / sum.n }]),
  );
}

/**
 * `places.json`: the labelled places with coordinates from the raw gazetteers, their side of
 * the Blue Line and their distance from the approximate line (core `locate`), sorted by id.
 * @throws {Error} when a GeoNames or alert-area name is missing: those gazetteers are fixed.
 */
export function composePlaces(
  gazetteers: PlaceGazetteers,
  blueLine: BlueLineMeasure,
): PlacesResult {
  const wanted = new Set(
    PLACES.flatMap((spec) => ('acledLocation' in spec.from ? [spec.from.acledLocation] : [])),
  );
  const acled = acledMeans(gazetteers.acled, wanted);
  const missing: string[] = [];
  const acrossTheLine: string[] = [];
  const places = PLACES.flatMap((spec): MapPlace[] => {
    let point: { lat: number; lon: number } | undefined;
    if ('geonames' in spec.from) {
      const name = spec.from.geonames;
      point = gazetteers.geonames.find((place) => place.name === name);
      if (point === undefined) throw new Error(`GeoNames has no place "${name}" for ${spec.id}`);
    } else if ('alertArea' in spec.from) {
      const name = spec.from.alertArea;
      point = gazetteers.alertAreas.find((area) => area.name === name);
      if (point === undefined) throw new Error(`the HFC area list has no "${name}" for ${spec.id}`);
    } else {
      point = acled.get(spec.from.acledLocation);
      if (point === undefined) {
        missing.push(spec.id);
        return [];
      }
    }
    const position = blueLine.locate(point.lon, point.lat);
    if (position.side !== spec.side) acrossTheLine.push(spec.id);
    return [
      {
        id: spec.id,
        name: spec.name,
        lat: roundCoordinate(point.lat),
        lon: roundCoordinate(point.lon),
        country: spec.side,
        distanceKm: roundKm(position.distanceKm),
        rank: spec.rank,
      },
    ];
  });
  return {
    places: places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    missing,
    acrossTheLine,
  };
}
