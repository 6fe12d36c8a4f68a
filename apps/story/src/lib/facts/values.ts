/**
 * The strings the copy's placeholders resolve to: formatted facts, key figures with their
 * qualifiers, and event dates. Built at prerender time and shipped with the page.
 */
import type { KeyEvent, KeyFigure } from '@blueline/core';
import {
  formatAverage,
  formatCorrelation,
  formatCount,
  formatDayMonth,
  formatKm,
  formatLongDate,
  formatRatio,
  formatShare,
} from '$lib/format/numbers';
import { formatKeyFigure } from '$lib/format/key-figure';
import type { StorySnapshot } from '$lib/snapshot';
import { deriveFacts, type Fact } from './derive';
import {
  EVENT_IDS,
  FACT_KEYS,
  KEY_FIGURE_IDS,
  type CopyKey,
  type EventId,
  type KeyFigureId,
} from './keys';

/** Every placeholder's printed value. */
export type CopyValues = Readonly<Record<CopyKey, string>>;

/** A fact as the copy prints it. */
export function formatFact(fact: Fact): string {
  if (fact.format === 'date') return formatLongDate(String(fact.value));
  if (fact.format === 'text') return String(fact.value);
  const value = Number(fact.value);
  switch (fact.format) {
    case 'count':
      return formatCount(value);
    case 'average':
      return formatAverage(value);
    case 'km':
      return formatKm(value);
    case 'ratio':
      return formatRatio(value);
    case 'share':
      return formatShare(value);
    case 'correlation':
      return formatCorrelation(value);
  }
}

/** The key figures the copy quotes, by id. */
export function keyFiguresUsed(snapshot: StorySnapshot): Record<KeyFigureId, KeyFigure> {
  return Object.fromEntries(
    KEY_FIGURE_IDS.map((id) => {
      const figure = snapshot.keyFigures.find((one) => one.id === id);
      if (figure === undefined) throw new Error(`key-figures.json has no figure "${id}"`);
      return [id, figure];
    }),
  ) as Record<KeyFigureId, KeyFigure>;
}

/** The timeline events whose dates the copy prints, by id. */
export function eventsUsed(snapshot: StorySnapshot): Record<EventId, KeyEvent> {
  return Object.fromEntries(
    EVENT_IDS.map((id) => {
      const event = snapshot.timeline.find((one) => one.id === id);
      if (event === undefined) throw new Error(`timeline.json has no event "${id}"`);
      return [id, event];
    }),
  ) as Record<EventId, KeyEvent>;
}

/** Resolves every placeholder the copy may use. */
export function buildCopyValues(snapshot: StorySnapshot): CopyValues {
  const facts = deriveFacts(snapshot);
  const figures = keyFiguresUsed(snapshot);
  const events = eventsUsed(snapshot);
  const entries: [CopyKey, string][] = [
    ...FACT_KEYS.map((key): [CopyKey, string] => [key, formatFact(facts[key])]),
    ...KEY_FIGURE_IDS.map((id): [CopyKey, string] => [`kf:${id}`, formatKeyFigure(figures[id])]),
    ...EVENT_IDS.map((id): [CopyKey, string] => [`date:${id}`, formatLongDate(events[id].date)]),
    ...EVENT_IDS.map((id): [CopyKey, string] => [`day:${id}`, formatDayMonth(events[id].date)]),
  ];
  return Object.fromEntries(entries) as Record<CopyKey, string>;
}
