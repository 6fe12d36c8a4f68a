import { isIsoDate, RowTally, type DatedSeries, type SeriesPoint } from '@blueline/core';
import { readCsvFile } from '../csv/read-records.js';
import { IssueLog } from '../issue-log.js';
import { byDate, type SeriesLoad } from './series-load.js';

/** Lobby 1701's Hebrew columns and the series each becomes. */
const COLUMNS = {
  'כינון ישיר': {
    id: 'lobby1701-direct-fire',
    label: 'direct-fire attacks (anti-tank missiles, direct fire)',
    unit: 'attacks',
  },
  כבד: {
    id: 'lobby1701-heavy-munitions',
    label: 'heavy-munition attacks (e.g. Burkan rockets)',
    unit: 'attacks',
  },
  תלול: {
    id: 'lobby1701-high-trajectory',
    label: 'high-trajectory fire (rockets, mortars)',
    unit: 'launches',
  },
  כטבמ: { id: 'lobby1701-uav', label: 'UAV (drone) attacks', unit: 'attacks' },
  פצועים: { id: 'lobby1701-wounded', label: 'wounded in Israel', unit: 'people' },
  הרוגים: { id: 'lobby1701-killed', label: 'killed in Israel', unit: 'people' },
} as const;
type Column = keyof typeof COLUMNS;
const DATE = 'תאריך';

/** Columns of the Lobby 1701 tally the loader requires (Hebrew, as in the file). */
export const LOBBY1701_COLUMNS = [DATE, ...(Object.keys(COLUMNS) as Column[])] as const;

/**
 * Loads the Lobby 1701 daily tally of Hezbollah attacks by weapon type, with Israeli casualties
 * (Jan–Mar 2024). It is an advocacy group's tally with an undocumented counting method, and is
 * labelled as such. Days with no entry are missing, not zero. Rejections: `invalid:<column>`,
 * `duplicate-date`, `invalid:record`.
 * @throws {InputError} when the file is missing, unreadable or lacks a required column.
 */
export async function loadLobby1701(file: string): Promise<SeriesLoad> {
  const csv = await readCsvFile(file, { required: LOBBY1701_COLUMNS });
  const tally = new RowTally();
  const issues = new IssueLog();
  const points = new Map<Column, SeriesPoint[]>();
  const seen = new Set<string>();
  for (const record of csv.records) {
    tally.readRow();
    const date = record.values[DATE].trim();
    const reject = (field: string, message: string): void => {
      tally.reject(`invalid:${field}`);
      issues.add(file, record.line, field, message);
    };
    if (!record.complete) {
      reject('record', 'has fewer fields than the header');
      continue;
    }
    if (!isIsoDate(date)) {
      reject(DATE, `"${date}" is not a date`);
      continue;
    }
    if (seen.has(date)) {
      tally.reject('duplicate-date');
      issues.add(file, record.line, DATE, `${date} appears more than once`);
      continue;
    }
    const values: [Column, number][] = [];
    let bad: Column | undefined;
    for (const column of Object.keys(COLUMNS) as Column[]) {
      const raw = record.values[column].trim();
      const value = Number(raw);
      if (raw === '' || !Number.isInteger(value) || value < 0) bad ??= column;
      else values.push([column, value]);
    }
    if (bad !== undefined) {
      reject(bad, `"${record.values[bad]}" is not a count`);
      continue;
    }
    seen.add(date);
    tally.keep();
    for (const [column, value] of values)
      points.set(column, [...(points.get(column) ?? []), { date, value }]);
  }
  const series: DatedSeries[] = (Object.keys(COLUMNS) as Column[]).flatMap((column) => {
    const list = points.get(column);
    if (list === undefined) return [];
    const meta = COLUMNS[column];
    return [
      {
        id: meta.id,
        label: `Lobby 1701 daily tally: ${meta.label}`,
        unit: meta.unit,
        cumulative: false,
        frequency: 'daily' as const,
        source: {
          producer: 'Lobby 1701 (a civil advocacy group of northern Israeli residents)',
          via: 'yuval-harpaz/alarms, data/Lobby1701.csv',
          licence: 'none stated; cite "Lobby 1701, via github.com/yuval-harpaz/alarms"',
        },
        points: byDate(list),
        breaks: [],
        notes: [
          "An advocacy group's tally: its counting method (launches or attacks) is not documented.",
          'Covers 1 January – 31 March 2024 only; days with no entry are missing, not zero.',
        ],
      },
    ];
  });
  return { series, counts: tally.counts(), files: [csv.source], issues: issues.lines() };
}
