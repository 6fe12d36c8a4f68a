import { z } from 'zod';

/**
 * ACLED writes dates either as ISO (`2024-10-11`) or, in its own exports, as `11 October 2024`.
 * Both are accepted; anything else is rejected rather than guessed at.
 */
const ACLED_DATE =
  /^(\d{4}-\d{2}-\d{2}|\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4})$/;

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^\d+$/;

const requiredText = z.string().trim().min(1, 'is empty');
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : value));

const decimalIn = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(DECIMAL, 'is not a decimal number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

const nonNegativeInteger = z
  .string()
  .trim()
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
  event_date: z.string().trim().regex(ACLED_DATE, 'is neither YYYY-MM-DD nor "D Month YYYY"'),
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

/** The ACLED columns the loader requires in the header. */
export const ACLED_REQUIRED_COLUMNS = Object.keys(AcledRowSchema.shape) as (keyof AcledRowInput)[];
