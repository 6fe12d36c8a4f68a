import { InvalidArgumentError } from '../errors.js';
import type { AlertSource } from '../schemas/alert.js';
import { addDays, dateOfLocalTime } from '../time/dates.js';

/**
 * The last whole day an alert history covers: the day before its last record's date. A history
 * exported at 02:42 on 12 October holds only the first minutes of that day, so the day is left
 * to the other history rather than counted short.
 * @example lastFullDay('2024-10-12T02:42') // '2024-10-11'
 */
export function lastFullDay(lastRecordTime: string): string {
  return addDays(dateOfLocalTime(lastRecordTime), -1);
}

/**
 * Which history an alert on `date` is taken from: the official HFC history up to and including
 * `officialLastDay`, the Cumta relay after it. One source per day, so no alert is counted twice.
 * @example alertSourceForDate('2024-10-12', '2024-10-11') // 'cumta'
 */
export function alertSourceForDate(date: string, officialLastDay: string): AlertSource {
  return date <= officialLastDay ? 'hfc-official' : 'cumta';
}

/** One month of the overlap between the two alert histories. */
export interface MonthlyOverlapRow {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly official: number;
  readonly cumta: number;
  /** `(cumta − official) / official × 100`; `null` when the official count is 0. */
  readonly differencePercent: number | null;
}

/**
 * Per-month record counts of both histories over the dates both cover (`from`–`to`,
 * inclusive), to show how far the relay can stand in for the official history after the
 * official one ends. Months are listed in order, every month of the range included.
 * @throws {InvalidArgumentError} if `to` is before `from`.
 */
export function monthlyOverlap(
  official: Iterable<{ readonly date: string }>,
  cumta: Iterable<{ readonly date: string }>,
  from: string,
  to: string,
): MonthlyOverlapRow[] {
  if (to < from) throw new InvalidArgumentError('to', `${to} is before ${from}`);
  const months = new Map<string, { official: number; cumta: number }>();
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = nextMonth(month)) {
    months.set(month, { official: 0, cumta: 0 });
  }
  const tally = (records: Iterable<{ readonly date: string }>, key: 'official' | 'cumta') => {
    for (const record of records) {
      if (record.date < from || record.date > to) continue;
      const month = months.get(record.date.slice(0, 7));
      if (month !== undefined) month[key]++;
    }
  };
  tally(official, 'official');
  tally(cumta, 'cumta');
  return [...months.entries()].map(([month, counts]) => ({
    month,
    official: counts.official,
    cumta: counts.cumta,
    differencePercent:
      counts.official === 0 ? null : ((counts.cumta - counts.official) / counts.official) * 100,
  }));
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return index === 12
    ? `${String(year + 1)}-01`
    : `${String(year)}-${String(index + 1).padStart(2, '0')}`;
}
