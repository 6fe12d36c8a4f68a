import { z } from 'zod';
import { parseAcledDate } from '../time/dates.js';

/**
 * ACLED writes dates either as ISO (`2024-10-11`) or, in its own exports, as `11 October 2024`.
 * Both are accepted; anything else is rejected rather than guessed at.
 */
const ACLED_DATE =
  /^(\d{4}-\d{2}-\d{2}|\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4})$/;

// Surrounding blanks are tolerated in numbers (`Number` ignores them); anything else is not.
const DECIMAL = /^\s*-?\d+(\.\d+)?\s*$/;
const INTEGER = /^\s*\d+\s*$/;

// These validators run once per row of exports with millions of rows, so each is a single
// check plus at most one transform: zod's `pipe` into a number schema costs twice as much.
const requiredText = z.string().trim().min(1, 'is empty');
const optionalText = z.string().transform((value) => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
});

const decimalIn = (min: number, max: number) =>
  z
    .string()
    .regex(DECIMAL, 'is not a decimal number')
    .transform(Number)
    .refine((value) => value >= min && value <= max, `is outside ${min}…${max}`);

const nonNegativeInteger = z
  .string()
  .regex(INTEGER, 'is not a non-negative integer')
  .transform(Number);

/**
 * One row of an ACLED CSV export, as strings in, typed values out.
 *
 * Only the columns the project uses are checked; every other column is ignored, so exports with
 * extra or reordered columns still load. Numbers are parsed explicitly: an empty or malformed
 * number is an error, never a silent `0` or `NaN`.
 */
export const AcledRowSchema = z.object({
  event_id_cnty: requiredText,
  event_date: z
    .string()
    .trim()
    .regex(ACLED_DATE, 'is neither YYYY-MM-DD nor "D Month YYYY"')
    .refine((value) => parseAcledDate(value) !== null, 'is not a calendar date'),
  event_type: requiredText,
  sub_event_type: requiredText,
  actor1: requiredText,
  assoc_actor_1: optionalText,
  actor2: optionalText,
  country: requiredText,
  admin1: optionalText,
  admin2: optionalText,
  location: optionalText,
  latitude: decimalIn(-90, 90),
  longitude: decimalIn(-180, 180),
  geo_precision: z.enum(['1', '2', '3']).transform(Number),
  fatalities: nonNegativeInteger,
  timestamp: nonNegativeInteger,
});
/** The raw string record an ACLED CSV row is read as. */
export type AcledRowInput = z.input<typeof AcledRowSchema>;
/** One validated ACLED row. */
export type AcledRow = z.output<typeof AcledRowSchema>;

/** An ACLED column the project reads. */
export type AcledColumnName = keyof AcledRowInput;

/** Every ACLED column the project reads, in schema order. */
export const ACLED_COLUMNS = Object.keys(AcledRowSchema.shape) as AcledColumnName[];

/**
 * Columns the project reads but no rule depends on: an export without them (ACLED's API lets
 * users pick fields, and subset exports leave out `admin2` or `actor2`) still loads, and their
 * values are read as empty (`null`).
 */
export const ACLED_OPTIONAL_COLUMNS: readonly AcledColumnName[] = ['actor2', 'admin1', 'admin2'];

/**
 * The ACLED columns the loader requires in the header: the ones the rules read (id and version
 * for de-duplication, date, event and sub-event type, actor 1 and associated actor 1 for the
 * side, country for the theatre, location for the offshore point, coordinates and precision for
 * the distance, fatalities).
 */
export const ACLED_REQUIRED_COLUMNS: readonly AcledColumnName[] = ACLED_COLUMNS.filter(
  (column) => !ACLED_OPTIONAL_COLUMNS.includes(column),
);
