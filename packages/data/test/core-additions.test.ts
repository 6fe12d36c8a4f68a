/**
 * The domain functions this package added to @blueline/core (new files there), checked here
 * with hand-made inputs.
 */
import {
  alertSourceForDate,
  ANALYSIS_PERIODS,
  compareWeeklyDeaths,
  DEFAULT_NORTHERN_FRONT_RULE,
  inTheatre,
  isComparableUcdpDate,
  lastFullDay,
  monthlyOverlap,
  southOfLitaniRegion,
  STUDY_PERIOD,
} from '@blueline/core';
import { describe, expect, it } from 'vitest';

describe('inTheatre', () => {
  it('counts Israeli strikes in Lebanon only, Hezbollah events in Lebanon or Israel', () => {
    expect(inTheatre({ side: 'israel', country: 'Lebanon' })).toBe(true);
    expect(inTheatre({ side: 'israel', country: 'Syria' })).toBe(false);
    expect(inTheatre({ side: 'hezbollah', country: 'Israel' })).toBe(true);
    expect(inTheatre({ side: 'other', country: 'Lebanon' })).toBe(false);
  });
});

describe('periods', () => {
  it('starts on the Sunday of Hezbollah’s first fire and splits September as CSIS does', () => {
    expect(STUDY_PERIOD).toMatchObject({ from: '2023-10-08', to: '2024-12-31' });
    expect(ANALYSIS_PERIODS.map((period) => [period.id, period.from, period.to])).toEqual([
      ['before-september', '2023-10-08', '2024-08-31'],
      ['september-1-21', '2024-09-01', '2024-09-21'],
      ['week-of-sep-22', '2024-09-22', '2024-09-28'],
      ['from-september', '2024-09-01', '2024-12-31'],
    ]);
  });
});

describe('alert merge', () => {
  it('ends the official history on the day before its last record and hands over after it', () => {
    expect(lastFullDay('2024-10-12T02:42')).toBe('2024-10-11');
    expect(alertSourceForDate('2024-10-11', '2024-10-11')).toBe('hfc-official');
    expect(alertSourceForDate('2024-10-12', '2024-10-11')).toBe('cumta');
  });

  it('compares the histories month by month, with every month of the range', () => {
    const rows = monthlyOverlap(
      [{ date: '2024-01-05' }, { date: '2024-01-06' }, { date: '2024-03-01' }],
      [
        { date: '2024-01-05' },
        { date: '2024-03-01' },
        { date: '2024-03-02' },
        { date: '2024-04-01' },
      ],
      '2024-01-01',
      '2024-03-31',
    );
    expect(rows).toEqual([
      { month: '2024-01', official: 2, cumta: 1, differencePercent: -50 },
      { month: '2024-02', official: 0, cumta: 0, differencePercent: null },
      { month: '2024-03', official: 1, cumta: 2, differencePercent: 100 },
    ]);
  });

  it('excludes only the minutes of the Iranian salvos seen in the data', () => {
    const windows = DEFAULT_NORTHERN_FRONT_RULE.excludedWindows.map((w) => [w.from, w.to]);
    expect(windows).toEqual([
      ['2024-04-14T01:37', '2024-04-14T02:02'],
      ['2024-10-01T19:26', '2024-10-01T20:03'],
    ]);
  });
});

describe('compareWeeklyDeaths', () => {
  it('buckets both sources by Sunday weeks inside the shared dates and correlates them', () => {
    const comparison = compareWeeklyDeaths(
      [
        { date: '2024-01-07', deaths: 2 },
        { date: '2024-01-08', deaths: 0 },
        { date: '2024-01-14', deaths: 5 },
        { date: '2024-01-28', deaths: 9 },
      ],
      [
        { date: '2024-01-09', deaths: 3 },
        { date: '2024-01-15', deaths: 6 },
      ],
      '2024-01-07',
      '2024-01-20',
    );
    expect(comparison.weeks).toEqual([
      {
        weekStart: '2024-01-07',
        acledFatalities: 2,
        acledFatalEvents: 1,
        ucdpDeaths: 3,
        ucdpEvents: 1,
      },
      {
        weekStart: '2024-01-14',
        acledFatalities: 5,
        acledFatalEvents: 1,
        ucdpDeaths: 6,
        ucdpEvents: 1,
      },
    ]);
    expect(comparison.deathsCorrelation).toBe(1);
    expect(comparison.fatalEventsCorrelation).toBeNull();
    expect(isComparableUcdpDate(1)).toBe(true);
    expect(isComparableUcdpDate(4)).toBe(false);
  });
});

describe('southOfLitaniRegion', () => {
  const river: [number, number][] = [
    [35.69, 33.55],
    [35.6, 33.4],
    [35.24, 33.35],
  ];
  const hermon: [number, number] = [35.85, 33.41];

  it('closes the river with a line from the outflow to Mount Hermon, counter-clockwise', () => {
    const ring = southOfLitaniRegion(river, hermon).coordinates[0] ?? [];
    expect(ring[0]).toEqual([35.69, 33.55]);
    expect(ring.at(-1)).toEqual([35.69, 33.55]);
    expect(ring.at(-2)).toEqual(hermon);
    expect(ring.at(-3)).toEqual([36.5, 33.41]);
    let twiceArea = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1 = 0, y1 = 0] = ring[i] ?? [];
      const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
      twiceArea += x1 * y2 - x2 * y1;
    }
    expect(twiceArea).toBeGreaterThan(0);
  });

  it('refuses a river given from the sea, an anchor north of the outflow, or a crossing', () => {
    expect(() => southOfLitaniRegion([...river].reverse(), hermon)).toThrow(
      'must run from the Qaraoun',
    );
    expect(() => southOfLitaniRegion(river, [35.85, 33.6])).toThrow('south-east of the Qaraoun');
    expect(() =>
      southOfLitaniRegion(
        [
          [35.69, 33.55],
          [35.75, 33.52],
          [35.8, 33.4],
          [35.7, 33.35],
          [35.24, 33.35],
        ],
        hermon,
      ),
    ).toThrow('crosses the closing line');
  });
});
