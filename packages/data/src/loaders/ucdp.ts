import {
  parseRecord,
  precisionOfUcdp,
  RowTally,
  STUDY_PERIOD,
  UcdpRowSchema,
  type Incident,
  type RowCounts,
  type SourceFile,
  type UcdpRowInput,
} from '@blueline/core';
import { readCsvFile } from './csv/read-records.js';
import { IssueLog } from './issue-log.js';

/** The columns the UCDP loader requires: every field of core's `UcdpRowSchema`. */
export const UCDP_REQUIRED_COLUMNS = Object.keys(UcdpRowSchema.shape) as (keyof UcdpRowInput)[];

/** UCDP's name for the Israeli side; every dyad in the Lebanon extract has it as side A. */
export const UCDP_ISRAEL_SIDE = 'Government of Israel';

/** A UCDP event as the pipeline uses it: a core incident plus UCDP's date precision. */
export interface UcdpEvent {
  readonly incident: Incident;
  /** UCDP `date_prec`: 1 = exact day … 5 = more than a month. */
  readonly datePrecision: number;
  /** UCDP `where_prec`: 1 = exact place … 7 = sea or air. */
  readonly wherePrecision: number;
}

/** The result of loading a UCDP GED extract. */
export interface UcdpLoad {
  readonly events: UcdpEvent[];
  readonly counts: RowCounts;
  readonly files: SourceFile[];
  /** First and last event date kept; `null` when nothing was kept. */
  readonly coverage: { readonly from: string; readonly to: string } | null;
  readonly issues: readonly string[];
}

/**
 * Loads a UCDP GED CSV (the Lebanon extract: core's `UcdpRowSchema` columns) as incidents of
 * source `ucdp` and side `israel`: in every dyad of the extract the Government of Israel is
 * side A, and the events are fatal events located in Lebanon.
 *
 * Rejections: `invalid:<field>` (schema), `invalid:record` (too few fields), `invalid:date_end`
 * (before `date_start`), `side-a-not-israel`, `duplicate-id` (the first row wins) and
 * `out-of-period` (`date_start` outside the study period).
 *
 * @throws {InputError} when the file is missing, unreadable or lacks a required column.
 */
export async function loadUcdp(
  file: string,
  period: { readonly from: string; readonly to: string } = STUDY_PERIOD,
): Promise<UcdpLoad> {
  const csv = await readCsvFile(file, { required: UCDP_REQUIRED_COLUMNS });
  const tally = new RowTally();
  const issues = new IssueLog();
  const seen = new Set<string>();
  const events: UcdpEvent[] = [];
  for (const record of csv.records) {
    tally.readRow();
    const reject = (reason: string, field: string, message: string): void => {
      tally.reject(reason);
      issues.add(file, record.line, field, message);
    };
    if (!record.complete) {
      reject('invalid:record', 'record', 'has fewer fields than the header');
      continue;
    }
    const parsed = parseRecord(UcdpRowSchema, record.values);
    if (!parsed.ok) {
      const problem = parsed.problems[0] ?? { field: 'record', message: 'is invalid' };
      reject(`invalid:${problem.field}`, problem.field, problem.message);
      continue;
    }
    const row = parsed.value;
    if (row.date_end < row.date_start) {
      reject('invalid:date_end', 'date_end', `is before date_start (${row.date_start})`);
    } else if (row.side_a_name !== UCDP_ISRAEL_SIDE) {
      reject('side-a-not-israel', 'side_a_name', `is "${row.side_a_name}"`);
    } else if (seen.has(row.id)) {
      reject('duplicate-id', 'id', `${row.id} appears more than once`);
    } else if (row.date_start < period.from || row.date_start > period.to) {
      seen.add(row.id);
      tally.reject('out-of-period');
    } else {
      seen.add(row.id);
      tally.keep();
      events.push({
        incident: {
          id: `ucdp:${row.id}`,
          date: row.date_start,
          dateEnd: row.date_end,
          side: 'israel',
          kind: 'unspecified',
          location: {
            lat: row.lat,
            lon: row.lon,
            placeName: null,
            admin1: row.adm_1_name,
            admin2: null,
            precision: precisionOfUcdp(row.where_prec),
          },
          fatalities: row.best,
          source: 'ucdp',
          provenance: { sourceEventId: row.id, timestamp: null },
        },
        datePrecision: row.date_prec,
        wherePrecision: row.where_prec,
      });
    }
  }
  const dates = events.map((event) => event.incident.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  return {
    events,
    counts: tally.counts(),
    files: [csv.source],
    coverage: first === undefined || last === undefined ? null : { from: first, to: last },
    issues: issues.lines(),
  };
}
