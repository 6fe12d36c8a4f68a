import type { KeyEvent, KeyEventTag } from '../schemas/timeline.js';

/** A filter over timeline events: any field left out matches everything. */
export interface KeyEventQuery {
  /** Earliest day of interest (inclusive). */
  readonly from?: string;
  /** Latest day of interest (inclusive). */
  readonly to?: string;
  /** Keep events carrying at least one of these tags. */
  readonly tags?: readonly KeyEventTag[];
}

/**
 * The timeline events matching a query, in their original order. A multi-day event (with an
 * `endDate`) matches when any of its days falls in `[from, to]`, so a range never cuts off an
 * event that was still under way.
 * @example filterKeyEvents(events, { from: '2024-09-01', tags: ['ceasefire'] })
 */
export function filterKeyEvents(events: readonly KeyEvent[], query: KeyEventQuery): KeyEvent[] {
  const tags = query.tags === undefined || query.tags.length === 0 ? undefined : query.tags;
  return events.filter((event) => {
    const last = event.endDate ?? event.date;
    if (query.from !== undefined && last < query.from) return false;
    if (query.to !== undefined && event.date > query.to) return false;
    return tags === undefined || event.tags.some((tag) => tags.includes(tag));
  });
}
