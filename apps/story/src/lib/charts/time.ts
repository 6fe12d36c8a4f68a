/** Time axes shared by the weekly, depth and casualties charts. Presentation only. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { isoToDate } from '$lib/format/numbers';
import type { DateWindow } from '$lib/story/types';

const DAY_MS = 86_400_000;

/** A UTC date `days` after an ISO date. */
export function dateAfter(iso: string, days: number): Date {
  return new Date(isoToDate(iso).getTime() + days * DAY_MS);
}

/** An x scale covering whole weeks: from the first week's start to the end of the last week. */
export function weekScale(domain: DateWindow, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([isoToDate(domain.from), dateAfter(domain.to, 7)])
    .range([0, width]);
}

const monthOnly = utcFormat('%b');
const monthYear = utcFormat('%b %Y');

/** The first day of every month between two dates (UTC). */
function monthStarts(start: Date, end: Date): Date[] {
  const months: Date[] = [];
  // Counting months from year 0 avoids rolling December over twice.
  let index =
    start.getUTCFullYear() * 12 +
    start.getUTCMonth() +
    (start.getUTCDate() === 1 && start.getUTCHours() === 0 ? 0 : 1);
  for (;;) {
    const date = new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
    if (date > end) break;
    months.push(date);
    index++;
  }
  return months;
}

/**
 * Month ticks, thinned to fit the width (every month, or every second or third), with the
 * year on the first tick and on every January.
 */
export function monthTicks(
  scale: ScaleTime<number, number>,
  width: number,
): { readonly x: number; readonly label: string }[] {
  const [start, end] = scale.domain();
  if (start === undefined || end === undefined) return [];
  const months = monthStarts(start, end);
  const room = Math.max(1, Math.floor(width / 58));
  const step = [1, 2, 3, 4, 6].find((every) => months.length / every <= room) ?? 6;
  return months
    .filter((month) => month.getUTCMonth() % step === 0)
    .map((tick, index) => ({
      x: scale(tick),
      label: index === 0 || tick.getUTCMonth() === 0 ? monthYear(tick) : monthOnly(tick),
    }));
}

/** A rough text width in px for a label of `size` px in the UI font. */
export function textWidth(text: string, size = 12): number {
  return text.length * size * 0.55;
}
