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
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
  for (;;) {
    const date = new Date(Date.UTC(year, month, 1));
    if (date > end) break;
    months.push(date);
    month++;
    if (month > 11) {
      month = 0;
      year++;
    }
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

/** A label placed on one of a few rows so that neighbours do not overlap. */
export interface PlacedLabel<T> {
  readonly item: T;
  readonly x: number;
  readonly row: number;
  readonly anchor: 'start' | 'end';
}

/**
 * Greedy label placement: left to right, each label takes the first row where it clears the
 * previous label by a small gap; near the right edge labels hang to the left of their mark.
 * Labels that fit on no row are dropped (their marks stay), so text never overlaps.
 */
export function placeLabels<T>(
  items: readonly { readonly item: T; readonly x: number; readonly width: number }[],
  plotWidth: number,
  rows: number,
): PlacedLabel<T>[] {
  const rowEnds = new Array<number>(rows).fill(-Infinity);
  const placed: PlacedLabel<T>[] = [];
  for (const { item, x, width } of [...items].sort((a, b) => a.x - b.x)) {
    const anchor = x + width + 4 > plotWidth ? 'end' : 'start';
    const left = anchor === 'start' ? x : x - width;
    const right = anchor === 'start' ? x + width : x;
    const row = rowEnds.findIndex((end) => left > end + 6);
    if (row === -1) continue;
    rowEnds[row] = right;
    placed.push({ item, x, row, anchor });
  }
  return placed;
}

/** A rough text width in px for a label of `size` px in the UI font. */
export function textWidth(text: string, size = 12): number {
  return text.length * size * 0.55;
}
