import { isIsoDate, RowTally, type DatedSeries, type SeriesPoint } from '@blueline/core';
import { readCsvFile } from '../csv/read-records.js';
import { IssueLog } from '../issue-log.js';
import { byDate, type SeriesLoad } from './series-load.js';

/** Columns of the Hub's long-format series file. */
export const MOPH_DTM_COLUMNS = ['series_id', 'date', 'value'] as const;

const MOPH_VIA_OCHA = {
  producer: 'Lebanese Ministry of Public Health (MoPH)',
  via: 'OCHA Lebanon Flash Updates, compiled by the Free Lebanon Data Hub (sboghossian/free-lebanon-data-hub)',
  licence: 'Facts from MoPH/OCHA (no licence stated); Hub compilation CC BY-SA 4.0',
};
const DTM_VIA_OCHA = {
  producer: 'IOM Displacement Tracking Matrix (DTM)',
  via: 'headline figures quoted in OCHA Lebanon Flash Updates, compiled by the Free Lebanon Data Hub',
  licence:
    'Facts quoted by OCHA (no licence stated; IOM restricts redistribution of the DTM dataset itself); Hub compilation CC BY-SA 4.0',
};
const IDMC = {
  producer: 'Internal Displacement Monitoring Centre (IDMC), Global Internal Displacement Database',
  via: 'HDX idmc-idp-data-lbn, compiled by the Free Lebanon Data Hub',
  licence: 'CC BY-IGO (IDMC); Hub compilation CC BY-SA 4.0',
};
const TRANSCRIBED =
  'Transcribed by hand from the Hub file; spot-check key values against the OCHA Flash Updates before quoting them.';
const MOPH_GAPS =
  'No figures for 8 Oct – 14 Nov 2023 or for 25 Sep – 3 Oct 2024; points are irregular, roughly weekly, following OCHA publication dates.';

type Meta = Omit<DatedSeries, 'points'>;

/** What each Hub series becomes in the snapshot. */
const SERIES: Readonly<Record<string, Meta>> = {
  war2324_killed_cum: {
    id: 'moph-killed-cumulative',
    label: 'Killed in Lebanon since 8 October 2023 (MoPH, cumulative)',
    unit: 'people',
    cumulative: true,
    frequency: 'irregular',
    source: MOPH_VIA_OCHA,
    breaks: [],
    notes: [
      MOPH_GAPS,
      'Combatants and civilians. The 4 Oct 2024 point (1,974) comes from a MoPH press conference, not an OCHA Flash Update.',
      TRANSCRIBED,
    ],
  },
  war2324_injured_cum: {
    id: 'moph-injured-cumulative',
    label: 'Injured in Lebanon since 8 October 2023 (MoPH, cumulative)',
    unit: 'people',
    cumulative: true,
    frequency: 'irregular',
    source: MOPH_VIA_OCHA,
    breaks: [],
    notes: [
      MOPH_GAPS,
      "Values for 18 Apr – 20 Sep 2024 are derived by the Hub as OCHA's casualties minus deaths; the 20 Sep 2024 value includes the 17–18 Sep device explosions.",
      TRANSCRIBED,
    ],
  },
  idp_displaced_since_oct2023_cum: {
    id: 'dtm-displaced-cumulative',
    label: 'People displaced in Lebanon since 8 October 2023 (IOM DTM, cumulative)',
    unit: 'people',
    cumulative: true,
    frequency: 'irregular',
    source: DTM_VIA_OCHA,
    breaks: [
      {
        date: '2024-09-25',
        note: 'Before 23 Sep 2024 the figure counts people displaced from south Lebanon; from 25 Sep 2024 it counts everyone displaced since 8 Oct 2023, nationwide, including people who later returned.',
      },
    ],
    notes: [
      'Headline figures as quoted by OCHA; the DTM dataset itself is not redistributed (IOM terms).',
      'The 1 Nov 2024 date is approximate (Flash Update #41, published 4 Nov).',
      TRANSCRIBED,
    ],
  },
  idp_remaining_displaced_2024_25: {
    id: 'dtm-still-displaced',
    label: 'People still displaced outside their cadaster of origin after the ceasefire (IOM DTM)',
    unit: 'people',
    cumulative: false,
    frequency: 'irregular',
    source: DTM_VIA_OCHA,
    breaks: [],
    notes: ['Mobility Snapshot rounds after the 27 Nov 2024 ceasefire.', TRANSCRIBED],
  },
  idp_back_in_cadaster_2024_25: {
    id: 'dtm-returned',
    label: 'People displaced in 2024 reported back in their cadaster of origin (IOM DTM)',
    unit: 'people',
    cumulative: true,
    frequency: 'irregular',
    source: DTM_VIA_OCHA,
    breaks: [],
    notes: [
      'The 12 Dec 2024 value printed in Flash Update #50 (902,717) is left out by the Hub as a probable typo.',
      TRANSCRIBED,
    ],
  },
  idmc_new_displacements_conflict: {
    id: 'idmc-new-displacements',
    label: 'New internal displacements from conflict and violence in Lebanon, per year (IDMC)',
    unit: 'displacements',
    cumulative: false,
    frequency: 'yearly',
    source: IDMC,
    breaks: [],
    notes: [
      'Yearly totals, dated 31 December of their year. Counts displacement movements, not people.',
    ],
  },
  idmc_idp_stock_end_year: {
    id: 'idmc-idp-stock',
    label: 'People internally displaced by conflict and violence in Lebanon at year end (IDMC)',
    unit: 'people',
    cumulative: false,
    frequency: 'yearly',
    source: IDMC,
    breaks: [],
    notes: ['Stock at 31 December of each year.'],
  },
};

/**
 * Loads the Hub's long-format file of MoPH casualty, IOM DTM displacement and IDMC yearly
 * series (`series_id, date, value`). Yearly IDMC values (`2023`) are dated 31 December.
 * Rejections: `invalid:date`, `invalid:value`, `invalid:record`, `unknown-series`,
 * `duplicate-date` (a second value for one series and date).
 * @throws {InputError} when the file is missing, unreadable or lacks a required column.
 */
export async function loadMophDtm(file: string): Promise<SeriesLoad> {
  const csv = await readCsvFile(file, { required: MOPH_DTM_COLUMNS });
  const tally = new RowTally();
  const issues = new IssueLog();
  const points = new Map<string, SeriesPoint[]>();
  for (const record of csv.records) {
    tally.readRow();
    const { series_id: id, value: rawValue } = record.values;
    const rawDate = record.values.date.trim();
    const date = /^\d{4}$/.test(rawDate) ? `${rawDate}-12-31` : rawDate;
    const value = Number(rawValue.trim());
    const reject = (reason: string, field: string, message: string): void => {
      tally.reject(reason);
      issues.add(file, record.line, field, message);
    };
    if (!record.complete) reject('invalid:record', 'record', 'has fewer fields than the header');
    else if (SERIES[id] === undefined) reject('unknown-series', 'series_id', `"${id}" is unknown`);
    else if (!isIsoDate(date)) reject('invalid:date', 'date', `"${rawDate}" is not a date`);
    else if (rawValue.trim() === '' || !Number.isFinite(value) || value < 0) {
      reject('invalid:value', 'value', `"${rawValue}" is not a non-negative number`);
    } else {
      const list = points.get(id) ?? [];
      if (list.some((point) => point.date === date)) {
        reject('duplicate-date', 'date', `${id} already has a value for ${date}`);
        continue;
      }
      list.push({ date, value });
      points.set(id, list);
      tally.keep();
    }
  }
  const series = Object.entries(SERIES).flatMap(([id, meta]) => {
    const list = points.get(id);
    return list === undefined || list.length === 0 ? [] : [{ ...meta, points: byDate(list) }];
  });
  return { series, counts: tally.counts(), files: [csv.source], issues: issues.lines() };
}
