import { z } from 'zod';

const INTEGER = /^\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

const integer = z.string().trim().regex(INTEGER, 'is not a non-negative integer').transform(Number);
const optionalInteger = z
  .string()
  .trim()
  .regex(/^(\d+)?$/, 'is not a non-negative integer')
  .transform((value) => (value === '' ? null : Number(value)));
const decimalIn = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(DECIMAL, 'is not a decimal number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/**
 * One row of the UCDP GED 25.1 Lebanon extract (CSV, strings in). Deaths are UCDP's
 * best/low/high estimates; precision codes follow the GED codebook.
 */
export const UcdpRowSchema = z.object({
  id: z.string().trim().regex(INTEGER, 'is not a numeric UCDP id'),
  relid: z.string().trim().min(1, 'is empty'),
  date_start: z.iso.date(),
  date_end: z.iso.date(),
  date_prec: z.enum(['1', '2', '3', '4', '5']).transform(Number),
  lat: decimalIn(-90, 90),
  lon: decimalIn(-180, 180),
  where_prec: z.enum(['1', '2', '3', '4', '5', '6', '7']).transform(Number),
  best: integer,
  low: integer,
  high: integer,
  deaths_civilians: optionalInteger,
  side_a_name: z.string().trim().min(1, 'is empty'),
  side_b_name: z.string().trim().min(1, 'is empty'),
  adm_1_name: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value)),
});
/** The raw string record a UCDP CSV row is read as. */
export type UcdpRowInput = z.input<typeof UcdpRowSchema>;
/** One validated UCDP GED row. */
export type UcdpRow = z.output<typeof UcdpRowSchema>;
