/** How the story prints numbers and dates. Presentation only: the values come from the snapshot. */
import { format } from 'd3-format';
import { utcFormat } from 'd3-time-format';

const thousands = format(',');
const oneDecimal = format(',.1f');
const twoDecimals = format('.2f');
const percent = format('.0%');

/** A whole count with thousands separators: 1,234. */
export function formatCount(value: number): string {
  return thousands(Math.round(value));
}

const compactFormat = format('~s');

/** An axis tick, compact: 200k, 1M. */
export function formatCompact(value: number): string {
  return compactFormat(value);
}

/** A rounded average, printed as a whole number: 158. */
export function formatAverage(value: number): string {
  return formatCount(value);
}

/** A distance in km with one decimal: 4.1. */
export function formatKm(value: number): string {
  return oneDecimal(value);
}

/** A ratio with one decimal: 4.6. */
export function formatRatio(value: number): string {
  return oneDecimal(value);
}

/** A share as a whole percentage: 74%. */
export function formatShare(value: number): string {
  return percent(value);
}

/** A correlation coefficient with two decimals: 0.87. */
export function formatCorrelation(value: number): string {
  return twoDecimals(value);
}

/**
 * A big round number the way a reader says it: 1,000,000 → "1 million", 1,500,000 →
 * "1.5 million"; smaller numbers keep their digits.
 */
export function formatFigureValue(value: number): string {
  if (Math.abs(value) >= 1_000_000 && Number.isInteger(value / 100_000)) {
    return `${format(',')(value / 1_000_000)} million`;
  }
  return Number.isInteger(value) ? thousands(value) : format(',')(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const parsedDates = new Map<string, Date>();

/** Parses `YYYY-MM-DD` as UTC midnight; charts call this for every mark, so results are cached. */
function parseIsoDate(iso: string): Date | null {
  let date = parsedDates.get(iso);
  if (date === undefined) {
    const match = ISO_DATE.exec(iso);
    if (match === null) return null;
    date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    parsedDates.set(iso, date);
  }
  return date;
}
const longDate = utcFormat('%-d %B %Y');
const dayMonth = utcFormat('%-d %B');
const shortDate = utcFormat('%-d %b %Y');
const monthYear = utcFormat('%b %Y');

function toDate(iso: string): Date {
  const date = parseIsoDate(iso);
  if (date === null) throw new Error(`"${iso}" is not a YYYY-MM-DD date`);
  // A copy, so no caller can change the cached value.
  return new Date(date.getTime());
}

/** "11 October 2024". */
export function formatLongDate(iso: string): string {
  return longDate(toDate(iso));
}

/** "11 October". */
export function formatDayMonth(iso: string): string {
  return dayMonth(toDate(iso));
}

/** "11 Oct 2024", for tables and labels. */
export function formatShortDate(iso: string): string {
  return shortDate(toDate(iso));
}

/** "Oct 2024". */
export function formatMonthYear(iso: string): string {
  return monthYear(toDate(iso));
}

/** A calendar date as a UTC `Date`, for time scales. */
export function isoToDate(iso: string): Date {
  return toDate(iso);
}
