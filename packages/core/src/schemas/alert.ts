import { z } from 'zod';
import { CountSchema, IsoDateSchema, LatLonSchema, LocalDateTimeSchema } from './primitives.js';

/** The two Home Front Command alert histories the project reads. */
export const ALERT_SOURCES = ['hfc-official', 'cumta'] as const;
/** Which alert history a record comes from. */
export const AlertSourceSchema = z.enum(ALERT_SOURCES);
/** Which alert history a record comes from. */
export type AlertSource = z.infer<typeof AlertSourceSchema>;

/**
 * What an alert warned of, normalised across the official history (numeric categories) and the
 * Cumta relay (English threat types).
 */
export const ALERT_CATEGORIES = [
  'rockets_missiles',
  'hostile_aircraft',
  'infiltration',
  'other',
] as const;
/** What an alert warned of. */
export const AlertCategorySchema = z.enum(ALERT_CATEGORIES);
/** What an alert warned of. */
export type AlertCategory = z.infer<typeof AlertCategorySchema>;

/** One alert for one alert area at one minute, joined to the area's coordinates. */
export const AlertRecordSchema = z.object({
  source: AlertSourceSchema,
  /** Israel local time, to the minute (`YYYY-MM-DDTHH:MM`). */
  time: LocalDateTimeSchema,
  /** Israel local calendar date of {@link time}. */
  date: IsoDateSchema,
  /** The HFC alert-area id (from the alert-area list). */
  areaId: z.number().int().positive(),
  /** The area's name as the source wrote it. */
  areaName: z.string().min(1),
  /** HFC zone of the area, English (e.g. "Confrontation Line"). */
  zone: z.string(),
  lat: LatLonSchema.shape.lat,
  lon: LatLonSchema.shape.lon,
  category: AlertCategorySchema,
});
/** One alert for one alert area at one minute. */
export type AlertRecord = z.infer<typeof AlertRecordSchema>;

/**
 * A cluster of alert records that most plausibly belong to one launch or one salvo: the same
 * category, within a short time window, over neighbouring areas. An alert event is a warning,
 * not an attack: one launch can alert dozens of areas, and some attacks alert none.
 */
export const AlertEventSchema = z.object({
  /** Stable id: `<source>:<category>:<first minute>:<first area id>`. */
  id: z.string().min(1),
  source: AlertSourceSchema,
  category: AlertCategorySchema,
  /** First and last alert minute in the cluster (Israel local time). */
  start: LocalDateTimeSchema,
  end: LocalDateTimeSchema,
  /** Israel local calendar date of {@link start}. */
  date: IsoDateSchema,
  /** Sorted, distinct alert-area ids. */
  areaIds: z.array(z.number().int().positive()).min(1),
  /** Number of alert records merged into this event. */
  recordCount: CountSchema,
  /** Unweighted mean position of the alerted areas. */
  centroid: LatLonSchema,
});
/** A cluster of alert records that most plausibly belong to one launch. */
export type AlertEvent = z.infer<typeof AlertEventSchema>;
