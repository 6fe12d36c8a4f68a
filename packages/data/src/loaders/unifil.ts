import {
  addDays,
  isIsoDate,
  RowTally,
  type FigureQualifier,
  type KeyFigure,
  type RowCounts,
  type SourceFile,
} from '@blueline/core';
import { readCsvFile } from './csv/read-records.js';
import { IssueLog } from './issue-log.js';

/** Columns of the UNIFIL air-violation facts the loader requires. */
export const UNIFIL_COLUMNS = [
  'month',
  'air_violations_value',
  'qualifier',
  'wording_in_source',
  'source_url',
] as const;

/** The file's qualifiers, as the UN worded them, and how a key figure reads them. */
const QUALIFIERS: ReadonlyMap<string, FigureQualifier> = new Map([
  ['more_than', 'more_than'], // "over 1,400"
  ['approximately_below', 'almost'], // "almost 900"
  ['exact', 'exactly'], // "650"
]);

/**
 * The UN DPO article the figures are keyed from. Its publication date is not printed; it
 * describes "the 14-month period ending in November" 2025, so it dates from December 2025 at
 * the earliest: the citation carries 1 December 2025, and the note says so.
 */
const ARTICLE = {
  outlet: 'UN Department of Peace Operations / UNIFIL',
  date: '2025-12-01',
  headline: 'UNIFIL records uptick in Israeli air violations',
} as const;

/** The result of loading the UNIFIL facts. */
export interface UnifilLoad {
  /** One cited key figure per month, in month order. */
  readonly figures: KeyFigure[];
  readonly counts: RowCounts;
  readonly files: SourceFile[];
  readonly issues: readonly string[];
}

function lastDayOfMonth(month: string): string {
  const [year, mm] = month.split('-').map(Number);
  const next =
    mm === 12 ? `${(year ?? 0) + 1}-01-01` : `${year}-${String((mm ?? 0) + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/**
 * Loads UNIFIL's monthly counts of Israeli air violations of Lebanon (hand-keyed from a UN DPO
 * article) as cited key figures: value, the month as the period and its last day as the as-of
 * date, the UN source with its URL, and the qualifier kept ("over" → more than, "almost" →
 * almost, a plain number → exactly), with the source's wording in the note. Rejections:
 * `invalid:<column>`, `duplicate-month`, `invalid:record`.
 * @throws {InputError} when the file is missing, unreadable or lacks a required column.
 */
export async function loadUnifilAirViolations(file: string): Promise<UnifilLoad> {
  const csv = await readCsvFile(file, { required: UNIFIL_COLUMNS });
  const tally = new RowTally();
  const issues = new IssueLog();
  const figures: KeyFigure[] = [];
  const seen = new Set<string>();
  for (const record of csv.records) {
    tally.readRow();
    const reject = (field: string, message: string): void => {
      tally.reject(`invalid:${field}`);
      issues.add(file, record.line, field, message);
    };
    if (!record.complete) {
      reject('record', 'has fewer fields than the header');
      continue;
    }
    const month = record.values.month.trim();
    const raw = record.values.air_violations_value.trim();
    const value = Number(raw);
    const qualifier = QUALIFIERS.get(record.values.qualifier.trim());
    const url = record.values.source_url.trim();
    const wording = record.values.wording_in_source.trim();
    if (!/^\d{4}-\d{2}$/.test(month) || !isIsoDate(`${month}-01`)) {
      reject('month', `"${month}" is not a YYYY-MM month`);
      continue;
    }
    if (raw === '' || !Number.isInteger(value) || value < 0) {
      reject('air_violations_value', `"${raw}" is not a count`);
      continue;
    }
    if (qualifier === undefined) {
      reject(
        'qualifier',
        `"${record.values.qualifier}" is not one of ${[...QUALIFIERS.keys()].join(', ')}`,
      );
      continue;
    }
    if (!/^https?:\/\/\S+$/.test(url)) {
      reject('source_url', `"${url}" is not a URL`);
      continue;
    }
    if (wording === '') {
      reject('wording_in_source', 'is empty');
      continue;
    }
    if (seen.has(month)) {
      tally.reject('duplicate-month');
      issues.add(file, record.line, 'month', `${month} appears more than once`);
      continue;
    }
    seen.add(month);
    tally.keep();
    const to = lastDayOfMonth(month);
    figures.push({
      id: `unifil-air-violations-${month}`,
      label: `Israeli air violations of Lebanon recorded by UNIFIL in ${month}`,
      value,
      unit: 'air violations',
      qualifier,
      asOf: to,
      period: { from: `${month}-01`, to },
      source: { ...ARTICLE, url },
      note: `UN wording: “${wording}”. UNIFIL counts air violations (drones, fighter aircraft, helicopters) as incidents, not flight hours, limited by what it can observe. The article's publication date is not printed; it dates from December 2025 at the earliest.`,
    });
  }
  figures.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { figures, counts: tally.counts(), files: [csv.source], issues: issues.lines() };
}
