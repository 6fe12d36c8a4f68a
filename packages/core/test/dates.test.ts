import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfLocalTime,
  dayNumber,
  daysBetween,
  fromDayNumber,
  InvalidArgumentError,
  isIsoDate,
  minuteNumber,
  parseAcledDate,
  weekdayOf,
} from '../src/index.js';

/** Reference day number via `Date`, for years 100–9999 where `Date.UTC` is unambiguous. */
function referenceDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

describe('dayNumber / fromDayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2024-10-01')).toBe(19_997);
    expect(fromDayNumber(19_997)).toBe('2024-10-01');
  });

  it('accepts leap days only in leap years', () => {
    expect(dayNumber('2024-02-29') - dayNumber('2024-02-28')).toBe(1);
    expect(dayNumber('2000-02-29') - dayNumber('2000-02-28')).toBe(1);
    expect(() => dayNumber('2023-02-29')).toThrow(InvalidArgumentError);
    expect(() => dayNumber('1900-02-29')).toThrow('not a calendar date');
  });

  it('rejects impossible dates and other formats', () => {
    for (const bad of [
      '2024-02-30',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-01',
      '2024/01/01',
      '20240101',
      ' 2024-01-01',
      '2024-01-01T00:00',
      '２０２４-01-01',
      '',
    ]) {
      expect(() => dayNumber(bad), bad).toThrow(InvalidArgumentError);
    }
  });

  it('handles years 0000–0099 literally (Date.UTC would map them to 1900–1999)', () => {
    expect(fromDayNumber(dayNumber('0050-01-01'))).toBe('0050-01-01');
    expect(dayNumber('0001-01-01')).toBe(-719_162);
    expect(fromDayNumber(dayNumber('0000-01-01'))).toBe('0000-01-01');
  });

  it('refuses to write a date outside 0000–9999 rather than emit garbage', () => {
    expect(fromDayNumber(dayNumber('9999-12-31'))).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(InvalidArgumentError);
    expect(() => addDays('0000-01-01', -1)).toThrow(InvalidArgumentError);
    expect(() => fromDayNumber(1.5)).toThrow('not an integer');
  });

  it('agrees with Date.UTC on every valid date (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const check = new Date(Date.UTC(year, month - 1, day));
          const real = check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
          if (real) {
            expect(dayNumber(iso)).toBe(referenceDay(year, month, day));
            expect(fromDayNumber(dayNumber(iso))).toBe(iso);
          } else {
            expect(() => dayNumber(iso)).toThrow(InvalidArgumentError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('calendar helpers', () => {
  it('adds and subtracts days across month, year and leap boundaries', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(daysBetween('2024-09-22', '2024-09-29')).toBe(7);
    expect(daysBetween('2024-01-01', '2023-01-01')).toBe(-365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('knows the day of the week', () => {
    expect(weekdayOf('2024-09-22')).toBe(0); // Sunday
    expect(weekdayOf('2023-10-07')).toBe(6); // Saturday
    expect(weekdayOf('1970-01-01')).toBe(4); // Thursday
    expect(weekdayOf('1969-12-28')).toBe(0); // Sunday, before the epoch
  });

  it('tells real ISO dates from the rest', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('11 October 2024')).toBe(false);
  });
});

describe('parseAcledDate', () => {
  it('reads ISO and ACLED long dates', () => {
    expect(parseAcledDate('2024-10-11')).toBe('2024-10-11');
    expect(parseAcledDate('11 October 2024')).toBe('2024-10-11');
    expect(parseAcledDate('1 October 2023')).toBe('2023-10-01');
    expect(parseAcledDate('08 October 2023')).toBe('2023-10-08');
    expect(parseAcledDate('  7 october 2023 ')).toBe('2023-10-07');
    expect(parseAcledDate('29 February 2024')).toBe('2024-02-29');
  });

  it('returns null for invalid dates instead of rolling them over', () => {
    expect(parseAcledDate('2024-02-30')).toBeNull();
    expect(parseAcledDate('31 February 2024')).toBeNull();
    expect(parseAcledDate('29 February 2023')).toBeNull();
    expect(parseAcledDate('31 April 2024')).toBeNull();
    expect(parseAcledDate('11 Octobre 2024')).toBeNull();
    expect(parseAcledDate('11 Oct 2024')).toBeNull();
    expect(parseAcledDate('10/11/2024')).toBeNull();
    expect(parseAcledDate('')).toBeNull();
  });
});

describe('local timestamps', () => {
  it('takes the calendar date of a local time', () => {
    expect(dateOfLocalTime('2024-09-17T15:30')).toBe('2024-09-17');
    expect(dateOfLocalTime('2024-09-17 23:59:59')).toBe('2024-09-17');
    expect(() => dateOfLocalTime('2024-02-30T10:00')).toThrow(InvalidArgumentError);
  });

  it('counts minutes, across midnight and DST-free', () => {
    expect(minuteNumber('1970-01-01T00:01')).toBe(1);
    expect(minuteNumber('2024-03-29T02:30') - minuteNumber('2024-03-29T01:30')).toBe(60);
    expect(minuteNumber('2024-01-01T00:00') - minuteNumber('2023-12-31T23:59')).toBe(1);
    expect(minuteNumber('2024-01-01 10:05:59')).toBe(minuteNumber('2024-01-01T10:05'));
    expect(() => minuteNumber('2024-01-01T24:00')).toThrow('no such time');
    expect(() => minuteNumber('2024-01-01T10:60')).toThrow(InvalidArgumentError);
    expect(() => minuteNumber('2024-01-01')).toThrow('not a local time');
  });
});
