/**
 * CSV bodies. Serialisation is core's `toCsv` with the columns of the row schema in order, the
 * same call the story makes for its static downloads, so both files are byte-identical.
 */
import { toCsv, type CsvValue } from '@blueline/core';
import { Representation } from './representation.js';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** A file name safe inside a quoted Content-Disposition parameter. */
function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-');
}

/** A CSV download of `rows` with `columns` in order, offered as `fileName`. */
export function csvRepresentation<Row extends Readonly<Record<string, CsvValue>>>(
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
  fileName: string,
): Representation<string> {
  return new Representation<string>(toCsv(rows, columns), CSV_CONTENT_TYPE, {
    headers: { 'Content-Disposition': `attachment; filename="${safeFileName(fileName)}"` },
  });
}
