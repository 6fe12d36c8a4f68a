import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AggregatableEvent,
  aggregateWeekly,
  BELLIGERENTS,
  compareWeeklyRows,
  dayNumber,
  depthStats,
  filterWeekly,
  fromDayNumber,
  InvalidArgumentError,
  SERIES_SOURCES,
  weekStartOf,
  weeklySeries,
  WeeklyRowSchema,
  type WeeklyRow,
} from '../src/index.js';

const FROM = '2023-10-01';
const TO = '2024-01-31';

const event = fc.record({
  date: fc.integer({ min: dayNumber(FROM), max: dayNumber(TO) }).map(fromDayNumber),
  distanceKm: fc.option(fc.double({ min: 0, max: 120, noNaN: true }), { nil: null }),
  side: fc.constantFrom(...BELLIGERENTS),
  source: fc.constantFrom(...SERIES_SOURCES),
});

describe('weeklySeries', () => {
  const options = {
    side: 'israel',
    source: 'acled',
    from: '2023-10-08',
    to: '2023-10-31',
  } as const;

  it('zero-fills every week in range and summarises distances', () => {
    const rows = weeklySeries(
      [
        { date: '2023-10-08', distanceKm: 1 },
        { date: '2023-10-10', distanceKm: 3 },
        { date: '2023-10-14', distanceKm: null },
        { date: '2023-10-29', distanceKm: 10 },
      ],
      options,
    );
    expect(rows.map((row) => [row.weekStart, row.count])).toEqual([
      ['2023-10-08', 3],
      ['2023-10-15', 0],
      ['2023-10-22', 0],
      ['2023-10-29', 1],
    ]);
    expect(rows[0]).toMatchObject({
      side: 'israel',
      source: 'acled',
      meanDistanceKm: 2,
      medianDistanceKm: 2,
      p90DistanceKm: expect.closeTo(2.8, 12) as number,
    });
    expect(rows[1]).toMatchObject({
      meanDistanceKm: null,
      medianDistanceKm: null,
      p90DistanceKm: null,
    });
    for (const row of rows) expect(WeeklyRowSchema.parse(row)).toEqual(row);
  });

  it('refuses events outside the range instead of dropping them', () => {
    expect(() => weeklySeries([{ date: '2023-11-01', distanceKm: 1 }], options)).toThrow(
      InvalidArgumentError,
    );
    expect(() => weeklySeries([{ date: '2023-10-07', distanceKm: 1 }], options)).toThrow(
      'outside 2023-10-08…2023-10-31',
    );
  });

  it('supports Monday weeks', () => {
    const rows = weeklySeries([{ date: '2023-10-08', distanceKm: null }], {
      ...options,
      weekStartsOn: 1,
    });
    expect(rows[0]).toMatchObject({ weekStart: '2023-10-02', count: 1 });
    expect(rows.map((row) => row.weekStart)).toEqual([
      '2023-10-02',
      '2023-10-09',
      '2023-10-16',
      '2023-10-23',
      '2023-10-30',
    ]);
  });

  it('counts every event once, zero-filled (property)', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 200 }), (events) => {
        const rows = weeklySeries(events, { side: 'israel', source: 'acled', from: FROM, to: TO });
        expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(events.length);
        expect(rows).toHaveLength(18); // weeks of 2023-10-01 … 2024-01-28
        for (const row of rows) {
          const inWeek = events.filter((e) => weekStartOf(e.date) === row.weekStart);
          expect(row.count).toBe(inWeek.length);
        }
      }),
    );
  });
});

describe('aggregateWeekly', () => {
  it('groups by week, side and source, sorted, without zero rows', () => {
    const events: AggregatableEvent[] = [
      { date: '2024-01-01', side: 'israel', source: 'acled', distanceKm: 4 },
      { date: '2023-12-31', side: 'israel', source: 'acled', distanceKm: 2 },
      { date: '2023-12-30', side: 'hezbollah', source: 'alerts', distanceKm: 1 },
      { date: '2024-01-02', side: 'hezbollah', source: 'acled', distanceKm: null },
      { date: '2024-01-14', side: 'israel', source: 'ucdp', distanceKm: 30 },
    ];
    expect(
      aggregateWeekly(events).map(({ completeness, completenessNote, ...row }) => {
        expect([completeness, completenessNote]).toEqual(['complete', null]);
        return row;
      }),
    ).toEqual([
      {
        weekStart: '2023-12-24',
        side: 'hezbollah',
        source: 'alerts',
        count: 1,
        meanDistanceKm: 1,
        medianDistanceKm: 1,
        p90DistanceKm: 1,
      },
      {
        weekStart: '2023-12-31',
        side: 'hezbollah',
        source: 'acled',
        count: 1,
        meanDistanceKm: null,
        medianDistanceKm: null,
        p90DistanceKm: null,
      },
      {
        weekStart: '2023-12-31',
        side: 'israel',
        source: 'acled',
        count: 2,
        meanDistanceKm: 3,
        medianDistanceKm: 3,
        p90DistanceKm: 3.8,
      },
      {
        weekStart: '2024-01-14',
        side: 'israel',
        source: 'ucdp',
        count: 1,
        meanDistanceKm: 30,
        medianDistanceKm: 30,
        p90DistanceKm: 30,
      },
    ]);
    // Monday weeks split Sunday 31 December from Monday 1 January.
    expect(
      aggregateWeekly(events, 1).map((row) => `${row.weekStart} ${row.side} ${row.count}`),
    ).toEqual([
      '2023-12-25 hezbollah 1',
      '2023-12-25 israel 1',
      '2024-01-01 hezbollah 1',
      '2024-01-01 israel 1',
      '2024-01-08 israel 1',
    ]);
    expect(aggregateWeekly([])).toEqual([]);
  });

  it('rejects invalid input rather than miscounting', () => {
    const good: AggregatableEvent = {
      date: '2024-01-01',
      side: 'israel',
      source: 'acled',
      distanceKm: 1,
    };
    expect(() => aggregateWeekly([{ ...good, date: '2024-02-30' }])).toThrow(InvalidArgumentError);
    expect(() => aggregateWeekly([{ ...good, distanceKm: -1 }])).toThrow('non-negative distance');
    expect(() => aggregateWeekly([{ ...good, distanceKm: Number.NaN }])).toThrow(
      InvalidArgumentError,
    );
    expect(() => aggregateWeekly([{ ...good, side: 'iran' as 'israel' }])).toThrow('side');
    expect(() => aggregateWeekly([{ ...good, source: 'gdelt' as 'acled' }])).toThrow('source');
    expect(() => aggregateWeekly([good], 9 as 0)).toThrow('weekStartsOn');
  });

  it('handles more weeks than its initial table holds', () => {
    const events: AggregatableEvent[] = Array.from({ length: 300 }, (_, i) => ({
      date: fromDayNumber(dayNumber('2020-01-05') + 7 * i),
      side: 'israel',
      source: 'acled',
      distanceKm: i,
    }));
    const rows = aggregateWeekly(events.reverse());
    expect(rows).toHaveLength(300);
    expect(rows[0]).toMatchObject({ weekStart: '2020-01-05', meanDistanceKm: 0 });
    expect(rows[299]).toMatchObject({ meanDistanceKm: 299 });
  });

  it('reconciles: counts sum to the events; each row equals depthStats of its group (property)', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 400 }),
        fc.integer({ min: 0, max: 6 }),
        (events, start) => {
          const weekStartsOn = start as 0;
          const rows = aggregateWeekly(events, weekStartsOn);
          expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(events.length);
          expect([...rows].sort(compareWeeklyRows)).toEqual(rows);
          for (const row of rows) {
            const group = events.filter(
              (e) =>
                weekStartOf(e.date, weekStartsOn) === row.weekStart &&
                e.side === row.side &&
                e.source === row.source,
            );
            expect(row.count).toBe(group.length);
            const stats = depthStats(
              group.flatMap((e) => (e.distanceKm === null ? [] : [e.distanceKm])),
            );
            expect([row.meanDistanceKm, row.medianDistanceKm, row.p90DistanceKm]).toEqual([
              stats.meanKm,
              stats.medianKm,
              stats.p90Km,
            ]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees with weeklySeries on every (side, source) series (property)', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 300 }), (events) => {
        const bulk = aggregateWeekly(events);
        let total = 0;
        for (const side of BELLIGERENTS) {
          for (const source of SERIES_SOURCES) {
            const series = weeklySeries(
              events.filter((e) => e.side === side && e.source === source),
              { side, source, from: FROM, to: TO },
            );
            total += series.reduce((sum, row) => sum + row.count, 0);
            const nonEmpty: WeeklyRow[] = series.filter((row) => row.count > 0);
            expect(filterWeekly(bulk, { side, source })).toEqual(nonEmpty);
          }
        }
        expect(total).toBe(bulk.reduce((sum, row) => sum + row.count, 0));
      }),
      { numRuns: 100 },
    );
  });
});

describe('filterWeekly and compareWeeklyRows', () => {
  const row = (
    weekStart: string,
    side: 'israel' | 'hezbollah',
    source: 'acled' | 'alerts',
  ): WeeklyRow => ({
    weekStart,
    side,
    source,
    count: 1,
    meanDistanceKm: null,
    medianDistanceKm: null,
    p90DistanceKm: null,
    completeness: 'complete',
    completenessNote: null,
  });
  const rows = [
    row('2024-01-07', 'israel', 'acled'),
    row('2023-12-31', 'hezbollah', 'alerts'),
    row('2023-12-31', 'israel', 'acled'),
    row('2023-12-31', 'hezbollah', 'acled'),
  ];

  it('orders by week, side, source', () => {
    expect(
      [...rows].sort(compareWeeklyRows).map((r) => `${r.weekStart} ${r.side} ${r.source}`),
    ).toEqual([
      '2023-12-31 hezbollah acled',
      '2023-12-31 hezbollah alerts',
      '2023-12-31 israel acled',
      '2024-01-07 israel acled',
    ]);
  });

  it('filters by any combination of fields, keeping order', () => {
    expect(filterWeekly(rows, {})).toEqual(rows);
    expect(filterWeekly(rows, { side: 'hezbollah' })).toHaveLength(2);
    expect(filterWeekly(rows, { side: 'israel', from: '2024-01-01' })).toEqual([rows[0]]);
    expect(filterWeekly(rows, { source: 'acled', to: '2023-12-31' })).toEqual([rows[2], rows[3]]);
  });
});
