import { createBlueLineMeasure, rejectedTotal } from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { composeAlerts } from '../src/compose/alert-events.js';
import { loadAlertAreas } from '../src/loaders/alerts/alert-areas.js';
import { areaKey, splitAreaList } from '../src/loaders/alerts/area-names.js';
import { loadCumtaAlerts } from '../src/loaders/alerts/load-cumta-alerts.js';
import { loadOfficialAlerts } from '../src/loaders/alerts/load-official-alerts.js';
import { detectAlertFile } from '../src/pipeline/alert-files.js';
import { fixture } from './helpers.js';

const AREAS = fixture('alerts', 'areas.json');
const OFFICIAL = fixture('alerts', 'official.csv');
const CUMTA = fixture('alerts', 'cumta.csv');
const BLUE_LINE = createBlueLineMeasure([
  [35.1, 33.09],
  [35.6, 33.1],
  [35.85, 33.4],
]);

describe('alert-area names', () => {
  it('unifies quote marks, hyphens and case, and nothing else', () => {
    expect(areaKey("דוב''ב")).toBe(areaKey("דוב'ב"));
    expect(areaKey('דוב"ב')).toBe(areaKey("דוב'ב"));
    expect(areaKey('בת-ים')).toBe(areaKey('בת ים'));
    expect(areaKey('Safed\u00a0-\u00a0City')).toBe('safed city');
    expect(areaKey("ג'ת")).not.toBe(areaKey('גת'));
  });

  it('splits area lists greedily so names with commas survive', () => {
    const known = new Set(['דור, נחשולים', 'מטולה', 'דור']);
    expect(splitAreaList('דור, נחשולים, מטולה', (name) => known.has(name))).toEqual([
      'דור, נחשולים',
      'מטולה',
    ]);
    expect(splitAreaList('לא ידוע, מטולה', (name) => known.has(name))).toEqual([
      'לא ידוע',
      'מטולה',
    ]);
  });
});

describe('loadAlertAreas', () => {
  it('skips the placeholder as a counted rejection and resolves by rule and alias', async () => {
    const areas = await loadAlertAreas(AREAS);
    expect(areas.counts).toEqual({ read: 11, kept: 10, rejected: { placeholder: 1 } });
    expect(areas.byEnglish('IBIM')?.id).toBe(106);
    expect(areas.byEnglish('Safed')?.id).toBe(110);
    expect(areas.byHebrew('קלע')?.id).toBe(108);
    expect(areas.byHebrew('נחשולים')?.id).toBe(103);
    expect(areas.byHebrew('שום מקום')).toBeUndefined();
    expect(areas.matchCounts()).toMatchObject({ alias: 1, 'merged-area': 2, 'split-city': 1 });
  });
});

describe('loadOfficialAlerts', () => {
  it('counts area mentions: kept, and every rejection reason', async () => {
    const load = await loadOfficialAlerts([OFFICIAL], await loadAlertAreas(AREAS));
    expect(load.counts).toEqual({
      read: 17,
      kept: 9,
      rejected: {
        'duplicate-record': 1,
        'invalid:category': 1,
        'invalid:data': 1,
        'invalid:date': 1,
        'invalid:record': 1,
        'invalid:time': 1,
        'out-of-period': 1,
        'unmatched-area': 1,
      },
    });
    expect(load.counts.read).toBe(load.counts.kept + rejectedTotal(load.counts));
    expect(load.rows).toBe(15);
    expect(load.lastTime).toBe('2024-10-12T02:40');
  });

  it('matches multi-area rows, abbreviations, aliases and split cities', async () => {
    const load = await loadOfficialAlerts([OFFICIAL], await loadAlertAreas(AREAS));
    expect(load.records.map((record) => record.areaId)).toEqual([
      101, 102, 103, 101, 107, 108, 110, 109, 101,
    ]);
    expect(load.records[2]).toMatchObject({
      time: '2024-01-15T11:00',
      category: 'hostile_aircraft',
      zone: 'HaCarmel',
    });
  });

  it('names file, line and field', async () => {
    const load = await loadOfficialAlerts([OFFICIAL], await loadAlertAreas(AREAS));
    expect(load.issues).toEqual(
      expect.arrayContaining([
        `${OFFICIAL}:8: area: "מקום שאינו ברשימה" matches no alert area`,
        `${OFFICIAL}:9: date: is not a calendar date`,
        `${OFFICIAL}:10: time: is not HH:MM:SS`,
        `${OFFICIAL}:11: category: is not a category number`,
        `${OFFICIAL}:12: data: is empty`,
        `${OFFICIAL}:13: record: has fewer fields than the header`,
      ]),
    );
  });

  it('fails on a missing column', async () => {
    const file = fixture('alerts', 'official-missing-column.csv');
    await expect(loadOfficialAlerts([file], await loadAlertAreas(AREAS))).rejects.toThrow(
      `${file}:1: header: missing required column(s): time`,
    );
  });
});

describe('loadCumtaAlerts', () => {
  it('counts every rejection reason and reconciles', async () => {
    const load = await loadCumtaAlerts([CUMTA], await loadAlertAreas(AREAS));
    expect(load.counts).toEqual({
      read: 13,
      kept: 6,
      rejected: {
        'duplicate-record': 1,
        'invalid:datetime': 1,
        'invalid:locality': 1,
        'invalid:record': 1,
        'invalid:threat_type': 1,
        'out-of-period': 1,
        'unmatched-area': 1,
      },
    });
    expect(load.records.map((record) => record.category)).toEqual([
      'rockets_missiles',
      'rockets_missiles',
      'rockets_missiles',
      'hostile_aircraft',
      'rockets_missiles',
      'other',
    ]);
  });

  it('fails on a missing column', async () => {
    const file = fixture('alerts', 'cumta-missing-column.csv');
    await expect(loadCumtaAlerts([file], await loadAlertAreas(AREAS))).rejects.toThrow(
      `${file}:1: header: missing required column(s): threat_type`,
    );
  });
});

describe('detectAlertFile', () => {
  it('tells the histories apart by header, and rejects anything else', async () => {
    expect(await detectAlertFile(OFFICIAL)).toBe('official');
    expect(await detectAlertFile(CUMTA)).toBe('cumta');
    const other = fixture('ucdp', 'mixed.csv');
    await expect(detectAlertFile(other)).rejects.toThrow(`${other}:1: header: is neither`);
  });
});

describe('composeAlerts', () => {
  it('takes the official history to its last full day and Cumta after it', async () => {
    const areas = await loadAlertAreas(AREAS);
    const official = await loadOfficialAlerts([OFFICIAL], areas);
    const cumta = await loadCumtaAlerts([CUMTA], areas);
    const alerts = composeAlerts(official, cumta, BLUE_LINE);
    expect(alerts.officialLastDay).toBe('2024-10-11');
    const officialCounts = alerts.bySource['hfc-official']?.counts;
    const cumtaCounts = alerts.bySource.cumta?.counts;
    expect(officialCounts?.rejected['after-official-last-full-day']).toBe(1);
    expect(officialCounts?.kept).toBe(8);
    expect(cumtaCounts?.rejected['covered-by-official']).toBe(1);
    expect(cumtaCounts?.kept).toBe(5);
    for (const counts of [officialCounts, cumtaCounts]) {
      expect(counts && counts.read === counts.kept + rejectedTotal(counts)).toBe(true);
    }
    // Only northern rocket/aircraft events count; all are alerts from the north here.
    expect(
      alerts.events.every((event) => event.side === 'hezbollah' && event.source === 'alerts'),
    ).toBe(true);
    expect(alerts.bySource.cumta?.excluded).toMatchObject({ 'south-of-front': 1, category: 1 });
    expect(alerts.overlap.map((row) => row.month)[0]).toBe('2024-01');
  });
});
