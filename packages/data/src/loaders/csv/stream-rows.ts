import { createReadStream } from 'node:fs';
import { InputError } from '@blueline/core';
import Papa from 'papaparse';
import { StrictUtf8Decoder } from './utf8.js';

/** How to read a delimited text file. */
export interface StreamCsvOptions {
  /** Field delimiter; `,` unless given. */
  readonly delimiter?: string;
  /** `false` for formats without quoting (GeoNames TSV, where `"` is an ordinary character). */
  readonly quote?: false;
  /** Called with the bytes read so far, for a progress bar. */
  readonly onProgress?: (bytes: number) => void;
  /**
   * Read only these bytes (`end` exclusive), which must start and end on record boundaries; line
   * numbers then count from the range's start as line 1.
   */
  readonly range?: { readonly start: number; readonly end: number };
}

/** Receives each record's fields and the 1-based line it starts on (the header is line 1). */
export type CsvRowHandler = (fields: string[], line: number) => void;

// Small reads keep little parsed text alive at a time, so less of it survives into the old
// generation: peak memory stays near the live data even for a multi-gigabyte export.
const CHUNK_BYTES = 256 * 1024;

// A quote character that cannot occur in text, for files that have no quoting.
const NO_QUOTE = '\u0000';

function countLineBreaks(fields: readonly string[]): number {
  let breaks = 0;
  for (const field of fields) {
    let at = field.indexOf('\n');
    while (at >= 0) {
      breaks++;
      at = field.indexOf('\n', at + 1);
    }
  }
  return breaks;
}

/**
 * Streams a CSV (or other delimited) file through PapaParse, one record at a time, with the
 * line each record starts on — counting line breaks inside quoted fields, so error messages
 * point at the right line. Blank lines are skipped. A byte-order mark is dropped. The file must
 * be UTF-8: a byte that is not is never replaced silently.
 *
 * @throws {InputError} naming the file and line on a structural error (a quote that is never
 * closed, or text after a closing quote): such a file may be misaligned from there on, so it
 * must stop the build rather than load partly. Also on invalid UTF-8 (with the byte offset), and
 * with the handler's own `InputError` (a missing column), unchanged.
 * @returns the line after the last record read (1 + the line breaks consumed).
 */
export function streamCsvRows(
  file: string,
  onRow: CsvRowHandler,
  options: StreamCsvOptions = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    let line = 1;
    let first = true;
    let failed = false;
    const stream = createReadStream(file, {
      highWaterMark: CHUNK_BYTES,
      ...(options.range === undefined
        ? {}
        : { start: options.range.start, end: options.range.end - 1 }),
    });
    if (options.onProgress !== undefined) {
      const report = options.onProgress;
      stream.on('data', () => {
        report(stream.bytesRead);
      });
    }
    // Decoding here (not in PapaParse) keeps multi-byte characters split across chunks intact,
    // and refuses bytes that are not UTF-8 (Node's own decoding would replace them silently).
    const text = stream.pipe(new StrictUtf8Decoder(file));
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      stream.destroy();
      text.destroy();
      reject(
        error instanceof InputError
          ? error
          : new InputError(
              [{ field: 'file', message: error instanceof Error ? error.message : String(error) }],
              { file, line },
            ),
      );
    };
    stream.on('error', fail);
    Papa.parse<string[]>(text, {
      delimiter: options.delimiter ?? ',',
      quoteChar: options.quote === false ? NO_QUOTE : '"',
      skipEmptyLines: false,
      // Batches of rows rather than one callback per row: a third less parsing overhead.
      chunk(result, parser) {
        if (failed) return;
        const problem = result.errors[0];
        const rows = result.data;
        const end = problem?.row ?? rows.length;
        for (let index = 0; index < end; index++) {
          const fields = rows[index];
          if (fields === undefined) continue;
          const startLine = line;
          line += 1 + countLineBreaks(fields);
          if (first) {
            fields[0] = (fields[0] ?? '').replace(/^\uFEFF/, '');
            first = false;
          }
          if (fields.length === 1 && fields[0] === '') continue;
          try {
            onRow(fields, startLine);
          } catch (error) {
            fail(error); // first: aborting calls `complete`
            parser.abort();
            return;
          }
        }
        if (problem !== undefined) {
          fail(
            new InputError([{ field: '', message: `malformed CSV: ${problem.message}` }], {
              file,
              line,
            }),
          );
          parser.abort();
        }
      },
      complete() {
        if (!failed) resolve(line);
      },
      error(error: Error) {
        fail(error);
      },
    });
  });
}
