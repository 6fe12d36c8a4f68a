import { InvalidArgumentError } from '../errors.js';
import type { IsoDate } from '../schemas/primitives.js';
import { dayNumber, fromDayNumber, type Weekday } from './dates.js';

/**
 * Weeks start on Sunday unless told otherwise: CSIS speaks of "the week of September 22", and
 * 22 September 2024 was a Sunday.
 */
export const DEFAULT_WEEK_START: Weekday = 0;

function checkWeekday(weekStartsOn: number): void {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new InvalidArgumentError('weekStartsOn', `${weekStartsOn} is not a weekday 0–6`);
  }
}

function weekStartDay(day: number, weekStartsOn: number): number {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return day - ((weekday - weekStartsOn + 7) % 7);
}

/**
 * The first day of the week containing `date`. Idempotent: the week start of a week start is
 * itself.
 * @example weekStartOf('2024-09-25') // '2024-09-22'
 * @example weekStartOf('2024-09-25', 1) // '2024-09-23' (weeks starting Monday)
 */
export function weekStartOf(date: string, weekStartsOn: Weekday = DEFAULT_WEEK_START): IsoDate {
  checkWeekday(weekStartsOn);
  return fromDayNumber(weekStartDay(dayNumber(date), weekStartsOn));
}

/**
 * The week starts of every week that overlaps `[from, to]` (inclusive), in order.
 * @throws {InvalidArgumentError} if either date is invalid or `to` is before `from`.
 * @example weekStartsBetween('2023-10-08', '2023-10-21') // ['2023-10-08', '2023-10-15']
 */
export function weekStartsBetween(
  from: string,
  to: string,
  weekStartsOn: Weekday = DEFAULT_WEEK_START,
): IsoDate[] {
  checkWeekday(weekStartsOn);
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  // Compare the days themselves: two dates in one week have the same week start.
  if (toDay < fromDay) throw new InvalidArgumentError('to', `${to} is before ${from}`);
  const first = weekStartDay(fromDay, weekStartsOn);
  const last = weekStartDay(toDay, weekStartsOn);
  const weeks: IsoDate[] = [];
  for (let day = first; day <= last; day += 7) weeks.push(fromDayNumber(day));
  return weeks;
}

/**
 * A memoising week bucketer for hot loops: incident dates repeat heavily (a few hundred distinct
 * days for a million rows), so each distinct date is parsed once.
 */
export function createWeekBucketer(
  weekStartsOn: Weekday = DEFAULT_WEEK_START,
): (date: string) => IsoDate {
  checkWeekday(weekStartsOn);
  const cache = new Map<string, IsoDate>();
  return (date) => {
    let week = cache.get(date);
    if (week === undefined) {
      week = fromDayNumber(weekStartDay(dayNumber(date), weekStartsOn));
      cache.set(date, week);
    }
    return week;
  };
}
