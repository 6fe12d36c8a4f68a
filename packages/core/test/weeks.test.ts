import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  createWeekBucketer,
  dayNumber,
  DEFAULT_WEEK_START,
  fromDayNumber,
  InvalidArgumentError,
  weekdayOf,
  weekStartOf,
  weekStartsBetween,
  type Weekday,
} from '../src/index.js';

/** Any calendar date from 1900 to 2100, as an ISO string. */
const isoDate = fc
  .integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') })
  .map(fromDayNumber);
const weekday = fc.integer({ min: 0, max: 6 }).map((day) => day as Weekday);

describe('weekStartOf', () => {
  it('starts weeks on Sunday by default (CSIS: "the week of September 22")', () => {
    expect(DEFAULT_WEEK_START).toBe(0);
    expect(weekStartOf('2024-09-22')).toBe('2024-09-22');
    expect(weekStartOf('2024-09-25')).toBe('2024-09-22');
    expect(weekStartOf('2024-09-28')).toBe('2024-09-22');
    expect(weekStartOf('2024-09-29')).toBe('2024-09-29');
  });

  it('can start weeks on Monday', () => {
    expect(weekStartOf('2024-09-25', 1)).toBe('2024-09-23');
    expect(weekStartOf('2024-09-22', 1)).toBe('2024-09-16');
    expect(weekStartOf('2024-09-23', 1)).toBe('2024-09-23');
  });

  it('crosses the turn of the year', () => {
    // 2023-12-31 is a Sunday: its week is its own, and 1 January 2024 belongs to it.
    expect(weekdayOf('2023-12-31')).toBe(0);
    expect(weekStartOf('2023-12-31')).toBe('2023-12-31');
    expect(weekStartOf('2024-01-01')).toBe('2023-12-31');
    expect(weekStartOf('2024-01-06')).toBe('2023-12-31');
    expect(weekStartOf('2024-01-07')).toBe('2024-01-07');
    // 2024-12-29 (Sunday) … 2025-01-04 (Saturday) is one week.
    for (let i = 0; i < 7; i++) expect(weekStartOf(addDays('2024-12-29', i))).toBe('2024-12-29');
    expect(weekStartOf('2025-01-05')).toBe('2025-01-05');
    // Monday weeks: 2024-12-30 … 2025-01-05.
    expect(weekStartOf('2025-01-01', 1)).toBe('2024-12-30');
    expect(weekStartOf('2025-01-05', 1)).toBe('2024-12-30');
    expect(weekStartOf('2024-12-29', 1)).toBe('2024-12-23');
  });

  it('handles leap days', () => {
    expect(weekStartOf('2024-02-29')).toBe('2024-02-25');
    expect(weekStartOf('2024-03-02')).toBe('2024-02-25');
    expect(weekStartOf('2024-03-03')).toBe('2024-03-03');
  });

  it('rejects invalid dates and weekdays', () => {
    expect(() => weekStartOf('2024-02-30')).toThrow(InvalidArgumentError);
    expect(() => weekStartOf('2024-09-25', 7 as Weekday)).toThrow('not a weekday');
    expect(() => weekStartOf('2024-09-25', 1.5 as Weekday)).toThrow(InvalidArgumentError);
  });

  it('is idempotent and puts every date in [start, start + 7) (property)', () => {
    fc.assert(
      fc.property(isoDate, weekday, (date, start) => {
        const week = weekStartOf(date, start);
        expect(weekStartOf(week, start)).toBe(week);
        expect(weekdayOf(week)).toBe(start);
        const offset = dayNumber(date) - dayNumber(week);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThan(7);
        expect(week <= date && date < addDays(week, 7)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('weekStartsBetween', () => {
  it('lists every week overlapping the range', () => {
    expect(weekStartsBetween('2023-10-08', '2023-10-21')).toEqual(['2023-10-08', '2023-10-15']);
    expect(weekStartsBetween('2023-10-07', '2023-10-08')).toEqual(['2023-10-01', '2023-10-08']);
    expect(weekStartsBetween('2024-12-31', '2025-01-01')).toEqual(['2024-12-29']);
    expect(weekStartsBetween('2024-12-31', '2025-01-06', 1)).toEqual(['2024-12-30', '2025-01-06']);
    expect(weekStartsBetween('2024-09-25', '2024-09-25')).toEqual(['2024-09-22']);
  });

  it('rejects a reversed range, even within one week', () => {
    expect(() => weekStartsBetween('2023-10-21', '2023-10-08')).toThrow(InvalidArgumentError);
    // Both dates fall in the week of 22 September 2024: still reversed.
    expect(() => weekStartsBetween('2024-09-25', '2024-09-23')).toThrow('is before');
  });

  it('has one row per 7 days, without gaps (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 400 }), weekday, (from, span, start) => {
        const to = addDays(from, span);
        const weeks = weekStartsBetween(from, to, start);
        expect(weeks[0]).toBe(weekStartOf(from, start));
        expect(weeks.at(-1)).toBe(weekStartOf(to, start));
        for (let i = 1; i < weeks.length; i++) {
          expect(dayNumber(weeks[i] ?? '') - dayNumber(weeks[i - 1] ?? '')).toBe(7);
        }
      }),
    );
  });
});

describe('createWeekBucketer', () => {
  it('gives the same answers as weekStartOf, from its cache too (property)', () => {
    fc.assert(
      fc.property(fc.array(isoDate, { maxLength: 50 }), weekday, (dates, start) => {
        const bucket = createWeekBucketer(start);
        for (const date of [...dates, ...dates])
          expect(bucket(date)).toBe(weekStartOf(date, start));
      }),
    );
  });

  it('validates its weekday up front and dates on use', () => {
    expect(() => createWeekBucketer(-1 as Weekday)).toThrow(InvalidArgumentError);
    const bucket = createWeekBucketer();
    expect(bucket('2023-12-31')).toBe('2023-12-31');
    expect(() => bucket('2023-02-29')).toThrow(InvalidArgumentError);
  });
});
