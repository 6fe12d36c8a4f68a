import { z } from 'zod';

/**
 * A calendar date, `YYYY-MM-DD`, with no time and no time zone.
 *
 * Dates are kept as strings on purpose: every week and phase computation works on calendar
 * days, so a `Date` object (an instant) would invite time-zone drift.
 */
export const IsoDateSchema = z.iso.date();
/** A calendar date string, validated by {@link IsoDateSchema}. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A local wall-clock timestamp, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`, with no offset.
 * Home Front Command alerts are published in Israel local time; keeping them offset-free keeps
 * the calendar date the one Israelis saw.
 */
export const LocalDateTimeSchema = z.iso
  .datetime({ local: true, offset: false })
  // zod still accepts a trailing `Z` (UTC) with `offset: false`; a UTC time is not local time.
  .refine((value) => !value.endsWith('Z'), 'must be local time, with no offset (not even Z)');
/** A local wall-clock timestamp string. */
export type LocalDateTime = z.infer<typeof LocalDateTimeSchema>;

/** Latitude in decimal degrees (WGS 84). */
export const LatitudeSchema = z.number().min(-90).max(90);
/** Longitude in decimal degrees (WGS 84). */
export const LongitudeSchema = z.number().min(-180).max(180);

/** A GeoJSON position: `[longitude, latitude]`, in that order. */
export const PositionSchema = z.tuple([LongitudeSchema, LatitudeSchema]);
/** A GeoJSON position: `[longitude, latitude]`. */
export type Position = z.infer<typeof PositionSchema>;

/** A point given as named latitude and longitude. */
export const LatLonSchema = z.object({ lat: LatitudeSchema, lon: LongitudeSchema });
/** A point given as named latitude and longitude. */
export type LatLon = z.infer<typeof LatLonSchema>;

/** A count: a non-negative integer. */
export const CountSchema = z.number().int().nonnegative();

/** A distance in kilometres (non-negative). */
export const KmSchema = z.number().nonnegative();

/** A hexadecimal SHA-256 digest. */
export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256');
