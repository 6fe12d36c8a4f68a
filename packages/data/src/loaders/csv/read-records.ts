import { InputError, type SourceFile } from '@blueline/core';
import { describeFile } from '../files.js';
import { indexColumns } from './header.js';
import { streamCsvRows } from './stream-rows.js';

/** One data record of a small CSV file: its line and its required columns by name. */
export interface CsvRecord<C extends string> {
  /** 1-based line on which the record ends (the header is line 1). */
  readonly line: number;
  readonly values: Readonly<Record<C, string>>;
  /** Whether the record has as many fields as the header. */
  readonly complete: boolean;
}

/** What to read from a CSV file. */
export interface ReadCsvOptions<C extends string> {
  readonly required: readonly C[];
  readonly delimiter?: string;
  /** `false` for formats without quoting (GeoNames TSV, where `"` is an ordinary character). */
  readonly quote?: false;
}

/** A parsed CSV file: its records and its provenance (name, hash and size). */
export interface CsvFile<C extends string> {
  readonly source: SourceFile;
  readonly records: CsvRecord<C>[];
}

/**
 * Reads a small CSV file (alerts, UCDP, casualty series) with PapaParse, streaming, and returns
 * its records with the required columns picked out. Structural errors (an unterminated quote)
 * and a missing required column fail with the file and line; rows with too few fields come back
 * marked incomplete, so the loader can reject them with a reason.
 */
export async function readCsvFile<const C extends string>(
  file: string,
  options: ReadCsvOptions<C>,
): Promise<CsvFile<C>> {
  const source = await describeFile(file);
  const records: CsvRecord<C>[] = [];
  let columns: Record<C, number> | undefined;
  let width = 0;
  await streamCsvRows(
    file,
    (fields, line) => {
      if (columns === undefined) {
        columns = indexColumns(file, fields, options.required);
        width = fields.length;
        return;
      }
      const values = {} as Record<C, string>;
      for (const column of options.required) values[column] = fields[columns[column]] ?? '';
      records.push({ line, values, complete: fields.length >= width });
    },
    {
      ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
      ...(options.quote === false ? { quote: false } : {}),
    },
  );
  if (columns === undefined) {
    throw new InputError([{ field: 'header', message: 'the file is empty (no header)' }], {
      file,
      line: 1,
    });
  }
  if (records.length === 0) {
    throw new InputError([{ field: 'header', message: 'the file has a header but no data rows' }], {
      file,
      line: 1,
    });
  }
  return { source, records };
}
