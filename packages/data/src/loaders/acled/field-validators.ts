import { ACLED_COLUMNS, AcledRowSchema, type AcledColumnName, type AcledRow } from '@blueline/core';

/** An ACLED column the loader reads (required or optional). */
export type AcledColumn = AcledColumnName;

/** One field's outcome: its typed value, or the schema's message. */
export type FieldOutcome<V> =
  { readonly ok: true; readonly value: V } | { readonly ok: false; readonly message: string };

/** The first field (in schema order) of a row that failed, and why. */
export interface FieldProblem {
  readonly field: AcledColumn;
  readonly message: string;
}

/** Where each column sits among the validators' values: its place in schema order. */
const INDEX = Object.fromEntries(ACLED_COLUMNS.map((column, index) => [column, index])) as Record<
  AcledColumn,
  number
>;

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
 *
 * Columns are handled by their index in schema order, and the last row's values are kept in one
 * reused array: validating a row allocates nothing (a million-row ingest spends its time on the
 * rows, not on the garbage collector).
 */
export class AcledFieldValidators {
  private readonly columns: ColumnState[] = ACLED_COLUMNS.map((name) => ({
    name,
    schema: AcledRowSchema.shape[name],
    cache: UNCACHED.has(name) ? null : new Map(),
    previousRaw: null,
    previousOutcome: null,
  }));
  /** The typed values of the last row validated, by schema index. */
  private readonly values: unknown[] = ACLED_COLUMNS.map(() => null);

  /**
   * Validates one row: `fields` are its raw strings, `positions` where each column (in schema
   * order, core `ACLED_COLUMNS`) sits among them, `-1` for a column the file lacks (read as
   * empty). Returns `null` when the row is valid (its values are then read with {@link value}),
   * or the first field that failed.
   */
  validate(fields: readonly string[], positions: readonly number[]): FieldProblem | null {
    const columns = this.columns;
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index];
      if (column === undefined) continue;
      const position = positions[index] ?? -1;
      const raw = position < 0 ? '' : (fields[position] ?? '');
      let outcome = column.previousOutcome;
      if (outcome === null || column.previousRaw !== raw) {
        outcome = lookup(column, raw);
        column.previousRaw = raw;
        column.previousOutcome = outcome;
      }
      if (!outcome.ok) return { field: column.name, message: outcome.message };
      this.values[index] = outcome.value;
    }
    return null;
  }

  /** A column's typed value in the last row {@link validate} accepted. */
  value<C extends AcledColumn>(column: C): AcledRow[C] {
    // The value was produced by this column's own schema validator.
    return this.values[INDEX[column]] as AcledRow[C];
  }

  /** The last accepted row as a whole (a new object): for tests and callers off the hot path. */
  row(): AcledRow {
    return Object.fromEntries(
      ACLED_COLUMNS.map((column, index) => [column, this.values[index]]),
    ) as AcledRow;
  }
}

/** One column's validator, its cache of outcomes by raw value, and the previous row's. */
interface ColumnState {
  readonly name: AcledColumn;
  readonly schema: (typeof AcledRowSchema.shape)[AcledColumn];
  readonly cache: Map<string, FieldOutcome<unknown>> | null;
  previousRaw: string | null;
  previousOutcome: FieldOutcome<unknown> | null;
}

function lookup(column: ColumnState, value: string): FieldOutcome<unknown> {
  const known = column.cache?.get(value);
  if (known !== undefined) return known;
  const result = column.schema.safeParse(value);
  const outcome: FieldOutcome<unknown> = result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: result.error.issues[0]?.message ?? 'is invalid' };
  if (column.cache !== null && column.cache.size < CACHE_LIMIT) column.cache.set(value, outcome);
  return outcome;
}
