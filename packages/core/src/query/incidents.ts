import { z } from 'zod';
import type { BlueLineMeasure } from '../geo/distance.js';
import { IncidentKindSchema, LocationPrecisionSchema } from '../schemas/incident.js';
import type { Incident } from '../schemas/incident.js';
import { IsoDateSchema, LatitudeSchema, LongitudeSchema } from '../schemas/primitives.js';
import { BlueLineSideSchema, SideSchema, type Side } from '../schemas/side.js';
import { isMappable } from '../sides/counting-rule.js';

/**
 * One incident as an index serves it (the API's bring-your-own-data mode): the normalised
 * incident, flattened, with the ACLED fields the counting and theatre rules read, and its
 * position relative to the Blue Line.
 */
export const IncidentRecordSchema = z.object({
  /** Stable id: `<source>:<sourceEventId>`. */
  id: z.string().min(1),
  date: IsoDateSchema,
  side: SideSchema,
  kind: IncidentKindSchema,
  /** ACLED `event_type`. */
  eventType: z.string().min(1),
  /** ACLED `country`: where the event happened. */
  country: z.string().min(1),
  lat: LatitudeSchema,
  lon: LongitudeSchema,
  precision: LocationPrecisionSchema,
  placeName: z.string().min(1).nullable(),
  admin1: z.string().min(1).nullable(),
  admin2: z.string().min(1).nullable(),
  /** Distance from the Blue Line in km; `null` when the location is too coarse to measure. */
  distanceKm: z.number().nonnegative().nullable(),
  /** Which side of the Blue Line the point lies on. */
  lineSide: BlueLineSideSchema,
  fatalities: z.number().int().nonnegative(),
});
/** One incident as an index serves it. */
export type IncidentRecord = z.infer<typeof IncidentRecordSchema>;

/** Where an incident lies relative to the Blue Line. */
export interface IncidentPlacement {
  /** Unsigned distance in km; `null` when the location is too coarse to measure (see `isMappable`). */
  readonly distanceKm: number | null;
  /** The side of the line the point lies on, whatever its precision. */
  readonly lineSide: z.infer<typeof BlueLineSideSchema>;
}

/**
 * Places an incident against the Blue Line. Province- and country-level locations get no
 * distance: their centroid says nothing about where the event happened.
 */
export function placeIncident(
  location: Incident['location'],
  blueLine: BlueLineMeasure,
): IncidentPlacement {
  const position = blueLine.locate(location.lon, location.lat);
  return {
    distanceKm: isMappable(location.precision) ? position.distanceKm : null,
    lineSide: position.side,
  };
}

/**
 * The record an index stores for an ACLED incident.
 * @example incidentRecord({ incident, eventType: 'Battles', country: 'Lebanon' }, blueLine)
 */
export function incidentRecord(
  event: { readonly incident: Incident; readonly eventType: string; readonly country: string },
  blueLine: BlueLineMeasure,
): IncidentRecord {
  const { incident } = event;
  const placement = placeIncident(incident.location, blueLine);
  return {
    id: incident.id,
    date: incident.date,
    side: incident.side,
    kind: incident.kind,
    eventType: event.eventType,
    country: event.country,
    lat: incident.location.lat,
    lon: incident.location.lon,
    precision: incident.location.precision,
    placeName: incident.location.placeName,
    admin1: incident.location.admin1,
    admin2: incident.location.admin2,
    distanceKm: placement.distanceKm,
    lineSide: placement.lineSide,
    fatalities: incident.fatalities,
  };
}

/** A filter over incident records. Ranges are inclusive; any field left out matches everything. */
export interface IncidentFilter {
  /** Earliest date. */
  readonly from?: string;
  /** Latest date. */
  readonly to?: string;
  /** Only this side. */
  readonly side?: Side;
  /** `[minLon, minLat, maxLon, maxLat]`, GeoJSON order; boundaries included. */
  readonly bbox?: readonly [number, number, number, number];
  /** Least distance from the Blue Line, km. Records without a distance never match a bound. */
  readonly minDistanceKm?: number;
  /** Greatest distance from the Blue Line, km. */
  readonly maxDistanceKm?: number;
}

/**
 * Whether a record matches a filter: the reference semantics any index (SQL or otherwise) must
 * reproduce.
 */
export function matchesIncidentFilter(record: IncidentRecord, filter: IncidentFilter): boolean {
  if (filter.from !== undefined && record.date < filter.from) return false;
  if (filter.to !== undefined && record.date > filter.to) return false;
  if (filter.side !== undefined && record.side !== filter.side) return false;
  if (filter.bbox !== undefined) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox;
    if (record.lon < minLon || record.lon > maxLon || record.lat < minLat || record.lat > maxLat) {
      return false;
    }
  }
  if (filter.minDistanceKm !== undefined || filter.maxDistanceKm !== undefined) {
    if (record.distanceKm === null) return false;
    if (filter.minDistanceKm !== undefined && record.distanceKm < filter.minDistanceKm) {
      return false;
    }
    if (filter.maxDistanceKm !== undefined && record.distanceKm > filter.maxDistanceKm) {
      return false;
    }
  }
  return true;
}

/** Orders records by (date, id): the keyset order of paged incident lists. */
export function compareIncidentRecords(
  a: Pick<IncidentRecord, 'date' | 'id'>,
  b: Pick<IncidentRecord, 'date' | 'id'>,
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}
