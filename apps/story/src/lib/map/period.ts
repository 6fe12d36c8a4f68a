/** How a map names the period it draws. Presentation only. */
import { utcFormat } from 'd3-time-format';
import type { DateWindow } from '$lib/story/types';

const DAY_MS = 86_400_000;
const dayMonthYear = utcFormat('%-d %b %Y');

function dateOf(iso: string, plusDays = 0): Date {
  return new Date(new Date(`${iso}T00:00:00Z`).getTime() + plusDays * DAY_MS);
}

/** How many weeks a window of week starts covers. */
export function weeksIn(window: DateWindow): number {
  return (
    Math.round((dateOf(window.to).getTime() - dateOf(window.from).getTime()) / (7 * DAY_MS)) + 1
  );
}

/** "1 Jan 2024": how the stamp names the day a source starts. */
export function dayLabel(iso: string): string {
  return dayMonthYear(dateOf(iso));
}

/**
 * "Week of 22 Sep 2024" for one week; "8 Oct 2023 – 31 Aug 2024" (first to last day) for
 * several.
 */
export function periodLabel(window: DateWindow): string {
  if (window.from === window.to) return `Week of ${dayMonthYear(dateOf(window.from))}`;
  return `${dayMonthYear(dateOf(window.from))} – ${dayMonthYear(dateOf(window.to, 6))}`;
}
