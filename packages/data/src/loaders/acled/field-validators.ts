import { AcledRowSchema, type AcledColumnName, type AcledRow } from '@blueline/core';

/** An ACLED column the loader reads (required or optional). */
export type AcledColumn = AcledColumnName;

/** One field's outcome: its typed value, or the schema's message. */
export type FieldOutcome<V> =
  { readonly ok: true; readonly value: V } | { readonly ok: false; readonly message: string };

/** A validated row, or the first field (in schema order) that failed and why. */
export type RowValidation =
  | { readonly ok: true; readonly row: AcledRow }
  | { readonly ok: false; readonly field: AcledColumn; readonly message: string };

// Columns whose values are nearly all distinct: caching them would only grow the caches.
// (`timestamp` is cached: it is the upload time, shared by whole batches — 289 distinct values
// in the 11,254 rows of the Lebanon export.)
const UNCACHED: ReadonlySet<AcledColumn> = new Set(['event_id_cnty']);
// Beyond this many distinct values a column's cache stops growing (a hostile export cannot
// exhaust memory through it); later values are still validated, just not remembered.
const CACHE_LIMIT = 20_000;

/**
 * Validates ACLED rows field by field with the validators of core's `AcledRowSchema`, remembering
 * each column's outcome per distinct value.
 *
 * Why not `AcledRowSchema.safeParse(row)` per row: the schema has no rule that spans fields, so
 * checking each field with its own validator is the same test — and most columns repeat a few
 * hundred values over a million rows (dates, actors, places, coordinates), so each distinct
 * value is checked once. A property test holds this equal to the row schema.
 */
export class AcledFieldValidators {
  private readonly columns = Object.keys(AcledRowSchema.shape) as AcledColumn[];
  private readonly caches = new Map<AcledColumn, Map<string, FieldOutcome<unknown>>>(
    this.columns.filter((column) => !UNCACHED.has(column)).map((column) => [column, new Map()]),
  );
  /** The last row's values, reused: validation allocates nothing per row. */
  private readonly values = {} as Record<AcledColumn, unknown>;
  /** Each column's previous raw value and outcome: exports sorted by date repeat them row after row. */
  private readonly previous = new Map<
    AcledColumn,
    { raw: string; outcome: FieldOutcome<unknown> }
  >();

  /**
   * Validates one row's raw strings, given by column. Returns the typed row, or the first field
   * (in schema order) that failed.
   */
  validate(raw: (column: AcledColumn) => string): RowValidation {
    for (const column of this.columns) {
      const outcome = this.check(column, raw(column));
      if (!outcome.ok) return { ok: false, field: column, message: outcome.message };
      this.values[column] = outcome.value;
    }
    return { ok: true, row: { ...this.values } as AcledRow };
  }

  private check(column: AcledColumn, value: string): FieldOutcome<unknown> {
    const last = this.previous.get(column);
    if (last !== undefined && last.raw === value) return last.outcome;
    const outcome = this.lookup(column, value);
    this.previous.set(column, { raw: value, outcome });
    return outcome;
  }

  private lookup(column: AcledColumn, value: string): FieldOutcome<unknown> {
    const cache = this.caches.get(column);
    const known = cache?.get(value);
    if (known !== undefined) return known;
    const result = AcledRowSchema.shape[column].safeParse(value);
    const outcome: FieldOutcome<unknown> = result.success
      ? { ok: true, value: result.data }
      : { ok: false, message: result.error.issues[0]?.message ?? 'is invalid' };
    if (cache !== undefined && cache.size < CACHE_LIMIT) cache.set(value, outcome);
    return outcome;
  }
}
