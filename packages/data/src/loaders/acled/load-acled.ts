import {
  ACLED_REQUIRED_COLUMNS,
  InputError,
  RowTally,
  STUDY_PERIOD,
  type RowCounts,
  type SourceFile,
} from '@blueline/core';
import { indexColumns } from '../csv/header.js';
import { streamCsvRows } from '../csv/stream-rows.js';
import { digestFileInWorker } from '../file-digest-worker.js';
import { assertReadable } from '../files.js';
import { IssueLog } from '../issue-log.js';
import { AcledEventStore } from './acled-store.js';
import { AcledRowReader } from './acled-row-reader.js';

/** Options for {@link loadAcled}. */
export interface LoadAcledOptions {
  /** Dates to keep (inclusive); rows outside are rejected as `out-of-period`. */
  readonly period?: { readonly from: string; readonly to: string };
  /** Called with the bytes read so far, for a progress bar. */
  readonly onProgress?: (bytes: number) => void;
}

/** The result of loading one or more ACLED exports. */
export interface AcledLoad {
  /** Kept events: valid, the newest version of each event id, inside the period. */
  readonly store: AcledEventStore;
  /** Rows read, kept and rejected by reason; reconciled. */
  readonly counts: RowCounts;
  readonly files: SourceFile[];
  /** First and last day of data inside the period; `null` when nothing was kept. */
  readonly coverage: { readonly from: string; readonly to: string } | null;
  /** The first problems found, one line each (`file:line: field: message`). */
  readonly issues: readonly string[];
}

/**
 * Streams ACLED CSV exports (ACLED's standard columns, any countries, any size) into core
 * incidents.
 *
 * Rows are validated with core's `AcledRowSchema`; a bad field rejects the row as
 * `invalid:<field>`, and a row with the wrong number of fields as `invalid:record`. Repeated
 * `event_id_cnty` values, within or across files, keep the row with the newest `timestamp`; the
 * other is rejected as `duplicate-older` (or `duplicate-same-timestamp` on a tie, where the
 * first row read wins). Rows dated outside the period are rejected last, as `out-of-period`,
 * so an out-of-period revision still supersedes its older version. Every row read is counted
 * once: `read = kept + rejected`.
 *
 * @throws {InputError} when a file is missing, unreadable, not UTF-8 (with the line and byte
 * offset), structurally broken, empty or header-only, or lacks a required column (named in the
 * message, at line 1).
 */
export async function loadAcled(
  files: readonly string[],
  options: LoadAcledOptions = {},
): Promise<AcledLoad> {
  const period = options.period ?? STUDY_PERIOD;
  const store = new AcledEventStore();
  const tally = new RowTally();
  const issues = new IssueLog();
  const sources: SourceFile[] = [];
  let bytesRead = 0;
  // Dates of every valid row, in or out of the period, to state what the files cover.
  const seen: { first: string | null; last: string | null } = { first: null, last: null };

  for (const file of files) {
    await assertReadable(file);
    // Hashed on another thread while this one parses.
    const digest = digestFileInWorker(file);
    let reader: AcledRowReader | undefined;
    let rowsInFile = 0;
    const onRow = (fields: string[], line: number): void => {
      if (reader === undefined) {
        reader = new AcledRowReader(
          indexColumns(file, fields, ACLED_REQUIRED_COLUMNS),
          fields.length,
        );
        return;
      }
      tally.readRow();
      rowsInFile++;
      const outcome = reader.read(fields);
      if (!outcome.ok) {
        tally.reject(`invalid:${outcome.problem.field}`);
        issues.add(file, line, outcome.problem.field, outcome.problem.message);
        return;
      }
      const event = outcome.fields;
      if (seen.first === null || event.date < seen.first) seen.first = event.date;
      if (seen.last === null || event.date > seen.last) seen.last = event.date;
      const existing = store.locate(event.eventId);
      if (existing < 0) {
        store.write(-existing - 1, event);
        tally.keep();
      } else if (event.timestamp > store.timestampAt(existing)) {
        store.write(existing, event);
        tally.keep();
        tally.unkeep('duplicate-older');
      } else {
        tally.reject(
          event.timestamp === store.timestampAt(existing)
            ? 'duplicate-same-timestamp'
            : 'duplicate-older',
        );
      }
    };
    const before = bytesRead;
    await streamCsvRows(file, onRow, {
      onProgress: (bytes) => {
        bytesRead = before + bytes;
        options.onProgress?.(bytesRead);
      },
    });
    if (reader === undefined) {
      issues.fail(file, 'the file is empty (no header)');
    }
    if (rowsInFile === 0) {
      throw new InputError(
        [{ field: 'header', message: 'the file has a header but no data rows' }],
        { file, line: 1 },
      );
    }
    sources.push(await digest);
  }

  for (let slot = 0; slot < store.slots; slot++) {
    const date = store.dateAt(slot);
    if (store.isLive(slot) && (date < period.from || date > period.to)) {
      store.drop(slot);
      tally.unkeep('out-of-period');
    }
  }

  const coverage =
    seen.first === null || seen.last === null
      ? null
      : {
          from: seen.first > period.from ? seen.first : period.from,
          to: seen.last < period.to ? seen.last : period.to,
        };
  return {
    store,
    counts: tally.counts(),
    files: sources,
    coverage: coverage !== null && coverage.from <= coverage.to ? coverage : null,
    issues: issues.lines(),
  };
}
