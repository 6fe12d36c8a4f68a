import { isIsoDate, RowTally, type SeriesPoint } from '@blueline/core';
import { readCsvFile } from '../csv/read-records.js';
import { IssueLog } from '../issue-log.js';
import { byDate, type SeriesLoad } from './series-load.js';

/** Columns of 360info's daily cumulative casualty file the loader requires. */
export const CASUALTIES_360INFO_COLUMNS = ['date', 'killed_in_lebanon'] as const;

/**
 * Loads 360info's daily cumulative "killed in Lebanon" series. It is derived from ACLED
 * fatalities, not from the Lebanese Ministry of Public Health, and is labelled so. Days with an
 * empty cell are rejected as `empty:killed_in_lebanon` (no value, not zero).
 * @throws {InputError} when the file is missing, unreadable or lacks a required column.
 */
export async function loadCasualties360info(file: string): Promise<SeriesLoad> {
  const csv = await readCsvFile(file, { required: CASUALTIES_360INFO_COLUMNS });
  const tally = new RowTally();
  const issues = new IssueLog();
  const points: SeriesPoint[] = [];
  const seen = new Set<string>();
  for (const record of csv.records) {
    tally.readRow();
    const date = record.values.date.trim();
    const raw = record.values.killed_in_lebanon.trim();
    const value = Number(raw);
    if (!isIsoDate(date)) {
      tally.reject('invalid:date');
      issues.add(file, record.line, 'date', `"${date}" is not a date`);
    } else if (raw === '') {
      tally.reject('empty:killed_in_lebanon');
    } else if (!Number.isInteger(value) || value < 0) {
      tally.reject('invalid:killed_in_lebanon');
      issues.add(file, record.line, 'killed_in_lebanon', `"${raw}" is not a count`);
    } else if (seen.has(date)) {
      tally.reject('duplicate-date');
      issues.add(file, record.line, 'date', `${date} appears more than once`);
    } else {
      seen.add(date);
      points.push({ date, value });
      tally.keep();
    }
  }
  return {
    series: [
      {
        id: 'acled-360info-lebanon-killed-cumulative',
        label: 'Killed in Lebanon since 7 October 2023, ACLED-based (360info, cumulative)',
        unit: 'people',
        cumulative: true,
        frequency: 'daily',
        source: {
          producer: '360info (James Goldie), from ACLED fatalities of Israeli-actor events',
          via: '360-info/report-gaza-1year, data/daily-killed-cumulative.csv',
          licence: 'CC BY 4.0',
        },
        points: byDate(points),
        breaks: [],
        notes: [
          'Derived from ACLED fatalities, NOT the Lebanese Ministry of Public Health count; it runs well below MoPH (about 1,200 against over 1,500 by late September 2024).',
          'Ends 27 September 2024, before the October–November escalation.',
        ],
      },
    ],
    counts: tally.counts(),
    files: [csv.source],
    issues: issues.lines(),
  };
}
