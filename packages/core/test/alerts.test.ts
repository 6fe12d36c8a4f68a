import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AlertCategory,
  AlertEventSchema,
  type AlertRecord,
  type AlertSource,
  clusterAlerts,
  DEFAULT_ALERT_CLUSTER_OPTIONS,
  DEFAULT_NORTHERN_FRONT_RULE,
  InvalidArgumentError,
  minuteNumber,
  northernFrontVerdict,
} from '../src/index.js';

/** A hand-made alert record over a fictitious area near the Lebanese border. */
function record(
  time: string,
  areaId: number,
  lat: number,
  lon: number,
  category: AlertCategory = 'rockets_missiles',
  source: AlertSource = 'hfc-official',
): AlertRecord {
  return {
    source,
    time,
    date: time.slice(0, 10),
    areaId,
    areaName: `Area ${areaId}`,
    zone: 'Confrontation Line',
    lat,
    lon,
    category,
  };
}

describe('clusterAlerts', () => {
  it('merges neighbouring areas alerted in the same minute', () => {
    const events = clusterAlerts([
      record('2024-06-12T20:15', 11, 33.05, 35.5),
      record('2024-06-12T20:15', 12, 33.05, 35.55), // ~4.7 km east
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      start: '2024-06-12T20:15',
      end: '2024-06-12T20:15',
      date: '2024-06-12',
      areaIds: [11, 12],
      recordCount: 2,
      centroid: { lat: 33.05, lon: expect.closeTo(35.525, 12) as number },
    });
    expect(AlertEventSchema.parse(events[0])).toEqual(events[0]);
  });

  it('splits far-apart areas even in the same minute', () => {
    const events = clusterAlerts([
      record('2024-06-12T20:15', 11, 33.05, 35.5),
      record('2024-06-12T20:15', 40, 32.8, 35.0), // ~55 km away
    ]);
    expect(events.map((event) => event.areaIds)).toEqual([[11], [40]]);
  });

  it('links through any area of the event, not only the first', () => {
    const events = clusterAlerts([
      record('2024-06-12T20:15', 1, 33.0, 35.5),
      record('2024-06-12T20:16', 2, 33.1, 35.5), // 11 km from 1
      record('2024-06-12T20:17', 3, 33.2, 35.5), // 11 km from 2, 22 km from 1
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ areaIds: [1, 2, 3], end: '2024-06-12T20:17' });
  });

  it('closes an event after a gap longer than the window', () => {
    const gap = clusterAlerts([
      record('2024-06-12T20:15', 1, 33.0, 35.5),
      record('2024-06-12T20:18', 1, 33.0, 35.5),
    ]);
    expect(gap).toHaveLength(2);
    const noGap = clusterAlerts([
      record('2024-06-12T20:15', 1, 33.0, 35.5),
      record('2024-06-12T20:17', 1, 33.0, 35.5),
    ]);
    expect(noGap).toHaveLength(1);
    expect(noGap[0]?.recordCount).toBe(2);
    expect(noGap[0]?.areaIds).toEqual([1]);
  });

  it('cuts a sustained barrage into events no longer than maxSpanMinutes', () => {
    const records = Array.from({ length: 15 }, (_, minute) =>
      record(`2024-06-12T20:${String(minute).padStart(2, '0')}`, 1, 33.0, 35.5),
    );
    const events = clusterAlerts(records);
    expect(events.map((event) => [event.start, event.end, event.recordCount])).toEqual([
      ['2024-06-12T20:00', '2024-06-12T20:10', 11],
      ['2024-06-12T20:11', '2024-06-12T20:14', 4],
    ]);
  });

  it('keeps categories and sources apart, with distinct ids', () => {
    const events = clusterAlerts([
      record('2024-06-12T20:15', 5, 33.0, 35.5, 'rockets_missiles'),
      record('2024-06-12T20:15', 5, 33.0, 35.5, 'hostile_aircraft'),
      record('2024-06-12T20:15', 5, 33.0, 35.5, 'rockets_missiles', 'cumta'),
    ]);
    expect(events).toHaveLength(3);
    expect(new Set(events.map((event) => event.id)).size).toBe(3);
    expect(events.map((event) => event.id)).toContain(
      'hfc-official:rockets_missiles:2024-06-12T20:15:5',
    );
  });

  it('does not depend on input order', () => {
    const records = [
      record('2024-06-12T20:15', 1, 33.0, 35.5),
      record('2024-06-12T20:15', 2, 33.02, 35.52),
      record('2024-06-12T20:40', 3, 33.1, 35.6),
      record('2024-06-12T20:16', 4, 32.9, 35.1),
    ];
    expect(clusterAlerts([...records].reverse())).toEqual(clusterAlerts(records));
  });

  it('rejects bad options and bad times', () => {
    expect(() =>
      clusterAlerts([], { ...DEFAULT_ALERT_CLUSTER_OPTIONS, windowMinutes: -1 }),
    ).toThrow(InvalidArgumentError);
    expect(() => clusterAlerts([], { windowMinutes: 5, maxSpanMinutes: 2, linkKm: 10 })).toThrow(
      InvalidArgumentError,
    );
    expect(() =>
      clusterAlerts([], { ...DEFAULT_ALERT_CLUSTER_OPTIONS, linkKm: Number.NaN }),
    ).toThrow(InvalidArgumentError);
    expect(() => clusterAlerts([record('2024-06-12T25:00', 1, 33, 35.5)])).toThrow(
      InvalidArgumentError,
    );
  });

  it('puts every record in exactly one event, within the limits (property)', () => {
    const area = fc.integer({ min: 1, max: 30 });
    const arbitraryRecord = fc
      .record({
        minute: fc.integer({ min: 0, max: 90 }),
        area,
        category: fc.constantFrom<AlertCategory>('rockets_missiles', 'hostile_aircraft'),
        source: fc.constantFrom<AlertSource>('hfc-official', 'cumta'),
      })
      .map(({ minute, area: id, category, source }) => {
        const time = `2024-06-12T${String(20 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        // Areas on a line every ~5.6 km going north.
        return record(time, id, 32.9 + id * 0.05, 35.4, category, source);
      });
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { maxLength: 120 }), (records) => {
        const options = DEFAULT_ALERT_CLUSTER_OPTIONS;
        const events = clusterAlerts(records, options);
        expect(events.reduce((sum, event) => sum + event.recordCount, 0)).toBe(records.length);
        expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
        for (const event of events) {
          expect(minuteNumber(event.end) - minuteNumber(event.start)).toBeLessThanOrEqual(
            options.maxSpanMinutes,
          );
          expect(event.areaIds).toEqual([...new Set(event.areaIds)].sort((a, b) => a - b));
        }
        // Each record is covered by an event of its source and category holding its area.
        for (const r of records) {
          const home = events.filter(
            (event) =>
              event.source === r.source &&
              event.category === r.category &&
              event.areaIds.includes(r.areaId) &&
              event.start <= r.time &&
              r.time <= event.end,
          );
          expect(home.length).toBeGreaterThanOrEqual(1);
        }
        expect(events.map((event) => event.start)).toEqual(
          events.map((event) => event.start).sort(),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('northernFrontVerdict', () => {
  const base = clusterAlerts([record('2024-06-12T20:15', 1, 33.0, 35.5)])[0];
  if (base === undefined) throw new Error('fixture');

  it('counts rockets and aircraft in the north', () => {
    expect(northernFrontVerdict(base)).toEqual({ counted: true });
    expect(northernFrontVerdict({ ...base, category: 'hostile_aircraft' })).toEqual({
      counted: true,
    });
    expect(northernFrontVerdict({ ...base, centroid: { lat: 32.5, lon: 35 } })).toEqual({
      counted: true,
    });
  });

  it('says why an event does not count', () => {
    expect(northernFrontVerdict({ ...base, category: 'infiltration' })).toEqual({
      counted: false,
      reason: 'category',
    });
    expect(northernFrontVerdict({ ...base, centroid: { lat: 31.8, lon: 34.8 } })).toEqual({
      counted: false,
      reason: 'south-of-front',
    });
  });

  it('leaves out the Iranian salvo windows, inclusive, to the minute', () => {
    const at = (start: string) => northernFrontVerdict({ ...base, start, end: start });
    /** A local time moved by whole minutes (UTC arithmetic on a wall-clock string). */
    const shift = (time: string, minutes: number): string =>
      new Date(Date.parse(`${time}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
    const excluded = { counted: false, reason: 'excluded-window' };
    const windows = DEFAULT_NORTHERN_FRONT_RULE.excludedWindows;
    expect(windows.map((window) => window.from.slice(0, 10))).toEqual(['2024-04-14', '2024-10-01']);
    for (const { from, to } of windows) {
      expect(at(from)).toEqual(excluded);
      expect(at(to)).toEqual(excluded);
      expect(at(`${to}:59`)).toEqual(excluded); // seconds do not push past the last minute
      expect(at(shift(from, -1))).toEqual({ counted: true });
      expect(at(shift(to, 1))).toEqual({ counted: true });
    }
  });

  it('takes a custom rule', () => {
    const rule = {
      minCentroidLat: 33.2,
      categories: ['rockets_missiles' as const],
      excludedWindows: [],
    };
    expect(northernFrontVerdict(base, rule)).toEqual({ counted: false, reason: 'south-of-front' });
    expect(
      northernFrontVerdict({ ...base, start: '2024-04-14T01:45' }, { ...rule, minCentroidLat: 0 }),
    ).toEqual({
      counted: true,
    });
  });
});
