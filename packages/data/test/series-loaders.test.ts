import { DatedSeriesSchema, rejectedTotal } from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { loadCasualties360info } from '../src/loaders/series/casualties-360info.js';
import { loadLobby1701 } from '../src/loaders/series/lobby1701.js';
import { loadMophDtm } from '../src/loaders/series/moph-dtm.js';
import { fixture } from './helpers.js';

describe('loadMophDtm', () => {
  const file = fixture('series', 'moph-dtm.csv');

  it('counts every rejection reason and reconciles', async () => {
    const load = await loadMophDtm(file);
    expect(load.counts).toEqual({
      read: 11,
      kept: 5,
      rejected: {
        'duplicate-date': 1,
        'invalid:date': 1,
        'invalid:record': 1,
        'invalid:value': 2,
        'unknown-series': 1,
      },
    });
    expect(load.counts.read).toBe(load.counts.kept + rejectedTotal(load.counts));
    expect(load.issues).toContain(`${file}:8: series_id: "not_a_series" is unknown`);
  });

  it('builds schema-valid series, with the DTM break and yearly values dated 31 December', async () => {
    const load = await loadMophDtm(file);
    for (const series of load.series)
      expect(DatedSeriesSchema.safeParse(series).success).toBe(true);
    const dtm = load.series.find((series) => series.id === 'dtm-displaced-cumulative');
    expect(dtm?.breaks.map((item) => item.date)).toEqual(['2024-09-25']);
    const idmc = load.series.find((series) => series.id === 'idmc-idp-stock');
    expect(idmc?.points).toEqual([{ date: '2024-12-31', value: 1000 }]);
    expect(load.series.find((series) => series.id === 'moph-killed-cumulative')?.points).toEqual([
      { date: '2023-11-14', value: 10 },
      { date: '2023-11-21', value: 20 },
    ]);
  });

  it('fails on a missing column', async () => {
    const missing = fixture('series', 'moph-dtm-missing-column.csv');
    await expect(loadMophDtm(missing)).rejects.toThrow(
      `${missing}:1: header: missing required column(s): value`,
    );
  });
});

describe('loadCasualties360info', () => {
  it('keeps only the Lebanon column, says it is ACLED-based, and counts every rejection', async () => {
    const file = fixture('series', 'casualties-360info.csv');
    const load = await loadCasualties360info(file);
    expect(load.counts).toEqual({
      read: 7,
      kept: 3,
      rejected: {
        'duplicate-date': 1,
        'empty:killed_in_lebanon': 1,
        'invalid:date': 1,
        'invalid:killed_in_lebanon': 1,
      },
    });
    const [series] = load.series;
    expect(series?.label).toContain('ACLED-based');
    expect(series?.notes.join(' ')).toContain('NOT the Lebanese Ministry of Public Health');
  });

  it('fails on a missing column', async () => {
    const missing = fixture('series', 'casualties-360info-missing-column.csv');
    await expect(loadCasualties360info(missing)).rejects.toThrow('killed_in_lebanon');
  });
});

describe('loadLobby1701', () => {
  it('reads the Hebrew columns as labelled advocacy series and counts every rejection', async () => {
    const file = fixture('series', 'lobby1701.csv');
    const load = await loadLobby1701(file);
    expect(load.counts).toEqual({
      read: 6,
      kept: 2,
      rejected: {
        'duplicate-date': 1,
        'invalid:record': 1,
        'invalid:כינון ישיר': 1,
        'invalid:תאריך': 1,
      },
    });
    expect(load.series).toHaveLength(6);
    expect(load.series.every((series) => series.source.producer.includes('advocacy'))).toBe(true);
    expect(load.series.find((series) => series.id === 'lobby1701-high-trajectory')?.points).toEqual(
      [
        { date: '2024-01-01', value: 10 },
        { date: '2024-01-02', value: 12 },
      ],
    );
  });

  it('fails on a missing column', async () => {
    const missing = fixture('series', 'lobby1701-missing-column.csv');
    await expect(loadLobby1701(missing)).rejects.toThrow('הרוגים');
  });
});
