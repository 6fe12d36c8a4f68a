import { InvalidArgumentError } from '../errors.js';
import type { IsoDate } from '../schemas/primitives.js';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const ACLED_LONG_DATE = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/;

/**
 * Days since 1970-01-01 for a calendar date. All calendar arithmetic goes through this integer,
 * computed by integer arithmetic on the proleptic Gregorian calendar (no `Date`, no regular
 * expression), so the machine's time zone can never shift a date and hot loops stay cheap.
 *
 * @throws {InvalidArgumentError} if `date` is not a real `YYYY-MM-DD` date.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: string): number {
  if (
    date.length !== 10 ||
    date.charCodeAt(4) !== DASH ||
    date.charCodeAt(7) !== DASH ||
    !isDigits(date)
  ) {
    throw new InvalidArgumentError('date', `"${date}" is not YYYY-MM-DD`);
  }
  const year =
    (date.charCodeAt(0) - ZERO) * 1000 +
    (date.charCodeAt(1) - ZERO) * 100 +
    (date.charCodeAt(2) - ZERO) * 10 +
    (date.charCodeAt(3) - ZERO);
  const month = (date.charCodeAt(5) - ZERO) * 10 + (date.charCodeAt(6) - ZERO);
  const day = (date.charCodeAt(8) - ZERO) * 10 + (date.charCodeAt(9) - ZERO);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidArgumentError('date', `"${date}" is not a calendar date`);
  }
  return daysFromCivil(year, month, day);
}

const ZERO = 48;
const DASH = 45;

function isDigits(date: string): boolean {
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const code = date.charCodeAt(i) - ZERO;
    if (code < 0 || code > 9) return false;
  }
  return true;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a valid proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// 0000-01-01 and 9999-12-31: the range `YYYY-MM-DD` can write.
const MIN_DAY = -719_528;
const MAX_DAY = 2_932_896;

/**
 * The calendar date of a day number (inverse of {@link dayNumber}).
 * @throws {InvalidArgumentError} if `day` is not an integer or falls outside the years 0000–9999.
 * @example fromDayNumber(19_997) // '2024-10-01'
 */
export function fromDayNumber(day: number): IsoDate {
  if (!Number.isSafeInteger(day)) throw new InvalidArgumentError('day', `${day} is not an integer`);
  if (day < MIN_DAY || day > MAX_DAY) {
    throw new InvalidArgumentError('day', `${day} is outside the years 0000–9999`);
  }
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * `date` plus `days` calendar days (negative to go back).
 * @example addDays('2023-12-31', 1) // '2024-01-01'
 */
export function addDays(date: string, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Whole days from `from` to `to` (negative if `to` is earlier).
 * @example daysBetween('2024-09-22', '2024-09-29') // 7
 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Day of the week of a calendar date, 0 = Sunday.
 * @example weekdayOf('2024-09-22') // 0 (a Sunday)
 */
export function weekdayOf(date: string): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

/**
 * Reads an ACLED `event_date`: ISO (`2024-10-11`) or ACLED's long form (`11 October 2024`).
 * Returns `null` for anything else, so the caller decides how to reject it.
 * @example parseAcledDate('11 October 2024') // '2024-10-11'
 */
export function parseAcledDate(value: string): IsoDate | null {
  const trimmed = value.trim();
  if (ISO_DATE.test(trimmed)) return isIsoDate(trimmed) ? trimmed : null;
  const match = ACLED_LONG_DATE.exec(trimmed);
  if (match === null) return null;
  const monthIndex = MONTHS.indexOf((match[2] ?? '').toLowerCase() as (typeof MONTHS)[number]);
  if (monthIndex < 0) return null;
  const iso = `${match[3] ?? ''}-${String(monthIndex + 1).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * The calendar date of a local timestamp (`YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD HH:MM[:SS]`).
 * @throws {InvalidArgumentError} if the date part is not a real date.
 */
export function dateOfLocalTime(timestamp: string): IsoDate {
  const date = timestamp.slice(0, 10);
  dayNumber(date);
  return date;
}

/**
 * Minutes since 1970-01-01T00:00 of a local wall-clock timestamp, ignoring any offset: used to
 * measure gaps between alerts, which are all in one local time.
 */
export function minuteNumber(timestamp: string): number {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})/.exec(timestamp);
  if (match === null)
    throw new InvalidArgumentError('timestamp', `"${timestamp}" is not a local time`);
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 23 || minutes > 59)
    throw new InvalidArgumentError('timestamp', `"${timestamp}" has no such time`);
  return dayNumber(match[1] ?? '') * 1440 + hours * 60 + minutes;
}
