import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateWeekly,
  aggregateWeeklyColumns,
  BELLIGERENTS,
  dayNumber,
  fromDayNumber,
  InvalidArgumentError,
  SERIES_SOURCES,
  toIncidentColumns,
  type AggregatableEvent,
} from '../src/index.js';

const event = fc.record({
  date: fc
    .integer({ min: dayNumber('2023-12-20'), max: dayNumber('2024-01-20') })
    .map(fromDayNumber),
  distanceKm: fc.option(fc.double({ min: 0, max: 120, noNaN: true }), { nil: null }),
  side: fc.constantFrom(...BELLIGERENTS),
  source: fc.constantFrom(...SERIES_SOURCES),
});

describe('toIncidentColumns', () => {
  it('codes sides and sources by their schema index, days by day number, null as NaN', () => {
    const columns = toIncidentColumns([
      { date: '2024-01-01', side: 'hezbollah', source: 'alerts', distanceKm: null },
      { date: '1970-01-02', side: 'israel', source: 'ucdp', distanceKm: 2.5 },
    ]);
    expect([...columns.days]).toEqual([dayNumber('2024-01-01'), 1]);
    expect([...columns.sides]).toEqual([1, 0]);
    expect([...columns.sources]).toEqual([2, 1]);
    expect(Number.isNaN(columns.distancesKm[0])).toBe(true);
    expect(columns.distancesKm[1]).toBe(2.5);
  });

  it('names the event whose side, date or distance is bad', () => {
    const good: AggregatableEvent = {
      date: '2024-01-01',
      side: 'israel',
      source: 'acled',
      distanceKm: 1,
    };
    const badSide = { ...good, side: 'iran' } as unknown as AggregatableEvent;
    expect(() => toIncidentColumns([good, badSide])).toThrow(/side: "iran" is not one of/);
    expect(() => toIncidentColumns([{ ...good, date: '2024-02-30' }])).toThrow(
      InvalidArgumentError,
    );
    expect(() => toIncidentColumns([good, { ...good, distanceKm: -1 }])).toThrow(/event 1: -1/);
  });
});

describe('aggregateWeeklyColumns', () => {
  it('gives exactly the rows aggregateWeekly gives for the same incidents (property)', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 300 }),
        fc.integer({ min: 0, max: 6 }),
        (events, start) => {
          const weekStartsOn = start as 0 | 1 | 2 | 3 | 4 | 5 | 6;
          expect(aggregateWeeklyColumns(toIncidentColumns(events), weekStartsOn)).toEqual(
            aggregateWeekly(events, weekStartsOn),
          );
        },
      ),
    );
  });

  it('puts the week of 22 September 2024 first among Sunday weeks of that month’s end', () => {
    const rows = aggregateWeeklyColumns({
      days: Int32Array.from([
        dayNumber('2024-09-28'),
        dayNumber('2024-09-22'),
        dayNumber('2024-09-29'),
      ]),
      sides: Uint8Array.from([0, 0, 1]),
      sources: Uint8Array.from([0, 0, 2]),
      distancesKm: Float64Array.from([27, NaN, 3]),
    });
    expect(
      rows.map((row) => [row.weekStart, row.side, row.source, row.count, row.meanDistanceKm]),
    ).toEqual([
      ['2024-09-22', 'israel', 'acled', 2, 27],
      ['2024-09-29', 'hezbollah', 'alerts', 1, 3],
    ]);
  });

  it('refuses columns of unequal length, unknown codes and negative distances', () => {
    const one = {
      days: Int32Array.of(0),
      sides: Uint8Array.of(0),
      sources: Uint8Array.of(0),
      distancesKm: Float64Array.of(1),
    };
    expect(() => aggregateWeeklyColumns({ ...one, sides: Uint8Array.of(0, 1) })).toThrow(
      /sides: has 2 rows/,
    );
    expect(() => aggregateWeeklyColumns({ ...one, sides: Uint8Array.of(2) })).toThrow(
      /not a side code/,
    );
    expect(() =>
      aggregateWeeklyColumns({ ...one, sources: Uint8Array.of(SERIES_SOURCES.length) }),
    ).toThrow(/not a source code/);
    expect(() => aggregateWeeklyColumns({ ...one, distancesKm: Float64Array.of(-0.5) })).toThrow(
      /not a distance/,
    );
    expect(
      aggregateWeeklyColumns({
        days: new Int32Array(0),
        sides: new Uint8Array(0),
        sources: new Uint8Array(0),
        distancesKm: new Float64Array(0),
      }),
    ).toEqual([]);
  });
});
