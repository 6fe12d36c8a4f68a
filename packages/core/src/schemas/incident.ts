import { z } from 'zod';
import { CountSchema, IsoDateSchema, LatitudeSchema, LongitudeSchema } from './primitives.js';
import { SideSchema } from './side.js';

/** The datasets incidents come from. They are never mixed in one count. */
export const INCIDENT_SOURCES = ['acled', 'ucdp'] as const;
/** The dataset an incident comes from. */
export const IncidentSourceSchema = z.enum(INCIDENT_SOURCES);
/** The dataset an incident comes from. */
export type IncidentSource = z.infer<typeof IncidentSourceSchema>;

/** What kind of violence an incident is, normalised across sources. */
export const INCIDENT_KINDS = [
  'air_drone_strike',
  'shelling_artillery_missile',
  'armed_clash',
  'remote_explosive',
  'attack',
  'strategic_development',
  'unspecified',
] as const;
/** What kind of violence an incident is. `unspecified` where the source does not say (UCDP). */
export const IncidentKindSchema = z.enum(INCIDENT_KINDS);
/** What kind of violence an incident is. */
export type IncidentKind = z.infer<typeof IncidentKindSchema>;

/**
 * How precisely an incident is located, normalised across ACLED `geo_precision` and UCDP
 * `where_prec`:
 * - `point`: the named place itself;
 * - `area`: near the place, within about 25 km;
 * - `district`: an admin-2 centroid or a larger named area;
 * - `province`: an admin-1 centroid or a fuzzy region;
 * - `country`: only the country is known.
 */
export const LOCATION_PRECISIONS = ['point', 'area', 'district', 'province', 'country'] as const;
/** How precisely an incident is located. */
export const LocationPrecisionSchema = z.enum(LOCATION_PRECISIONS);
/** How precisely an incident is located. */
export type LocationPrecision = z.infer<typeof LocationPrecisionSchema>;

/** Where an incident happened. */
export const IncidentLocationSchema = z.object({
  lat: LatitudeSchema,
  lon: LongitudeSchema,
  /** The source's place name (ACLED `location`); `null` when the source gives none. */
  placeName: z.string().min(1).nullable(),
  admin1: z.string().min(1).nullable(),
  admin2: z.string().min(1).nullable(),
  precision: LocationPrecisionSchema,
});
/** Where an incident happened. */
export type IncidentLocation = z.infer<typeof IncidentLocationSchema>;

/** Where an incident record came from, so any aggregate can be traced back. */
export const IncidentProvenanceSchema = z.object({
  /** The source's own event id (ACLED `event_id_cnty`, UCDP `id`). */
  sourceEventId: z.string().min(1),
  /** When the source last changed the record, Unix seconds (ACLED `timestamp`); `null` if unknown. */
  timestamp: z.number().int().nonnegative().nullable(),
});
/** Where an incident record came from. */
export type IncidentProvenance = z.infer<typeof IncidentProvenanceSchema>;

/** One violent event, normalised from ACLED or UCDP. */
export const IncidentSchema = z.object({
  /** Stable id: `<source>:<sourceEventId>`. */
  id: z.string().min(1),
  /** The calendar date the event happened (UCDP: `date_start`). */
  date: IsoDateSchema,
  /** The last day of the event where the source gives a window (UCDP `date_end`), else `null`. */
  dateEnd: IsoDateSchema.nullable(),
  side: SideSchema,
  kind: IncidentKindSchema,
  location: IncidentLocationSchema,
  /** Deaths (ACLED `fatalities`, UCDP `best`). */
  fatalities: CountSchema,
  source: IncidentSourceSchema,
  provenance: IncidentProvenanceSchema,
});
/** One violent event, normalised from ACLED or UCDP. */
export type Incident = z.infer<typeof IncidentSchema>;
