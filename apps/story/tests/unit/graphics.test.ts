/**
 * The graphic is a pure function of the active step, and each step's graphic shows what its
 * text talks about.
 */
import { addDays, weekStartOf } from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { STEP_COPY } from '$lib/copy/steps';
import { slotsOf } from '$lib/copy/template';
import { FACT_DATES } from '$lib/facts/derive';
import { CHAPTERS, STEPS } from '$lib/story/chapters';
import {
  AFTER_SEAM,
  FIRST_STATE_OF_EACH_KIND,
  graphicKey,
  graphicStateFor,
  NO_STEP_GRAPHIC,
  STEP_GRAPHICS,
} from '$lib/story/graphics';
import type { DateWindow, GraphicState } from '$lib/story/types';
import { snapshot } from './fixtures';

/** The days a graphic covers, or null for graphics with no time axis. */
function span(state: GraphicState): DateWindow | null {
  switch (state.kind) {
    case 'map':
      return state.window === null
        ? null
        : { from: state.window.from, to: addDays(state.window.to, 6) };
    case 'weekly':
    case 'depth':
    case 'casualties':
      return { from: state.domain.from, to: addDays(state.domain.to, 6) };
    case 'histogram':
      return null;
  }
}

function stepGraphic(id: (typeof STEPS)[number]['id']): GraphicState {
  return STEP_GRAPHICS[id];
}

const eventDate = (id: string): string => {
  const event = snapshot.timeline.find((one) => one.id === id);
  if (event === undefined) throw new Error(`no timeline event ${id}`);
  return event.date;
};

describe('graphicStateFor', () => {
  it('shows the overview before any step', () => {
    expect(graphicStateFor(null)).toBe(NO_STEP_GRAPHIC);
    expect(NO_STEP_GRAPHIC.kind).toBe('weekly');
  });

  it('returns each step’s own graphic, and clamps out-of-range indices', () => {
    STEPS.forEach((step, index) => {
      expect(graphicStateFor(index)).toBe(STEP_GRAPHICS[step.id]);
    });
    expect(graphicStateFor(-3)).toBe(graphicStateFor(0));
    expect(graphicStateFor(STEPS.length + 5)).toBe(graphicStateFor(STEPS.length - 1));
  });

  it('is deterministic: the same index always gives the same key', () => {
    for (let index = 0; index < STEPS.length; index++) {
      expect(graphicKey(graphicStateFor(index))).toBe(graphicKey(graphicStateFor(index)));
    }
  });

  it('has several steps per chapter and a distinct key whenever the state differs', () => {
    for (const chapter of CHAPTERS) expect(chapter.steps.length).toBeGreaterThanOrEqual(3);
    const keys = new Map<string, GraphicState>();
    for (const step of STEPS) {
      const state = STEP_GRAPHICS[step.id];
      const key = graphicKey(state);
      const seen = keys.get(key);
      if (seen !== undefined) expect(seen).toEqual(state);
      keys.set(key, state);
    }
  });
});

describe('FIRST_STATE_OF_EACH_KIND', () => {
  it('holds each kind of graphic once, as the story first shows it', () => {
    const kinds = FIRST_STATE_OF_EACH_KIND.map((state) => state.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(new Set(kinds)).toEqual(new Set(STEPS.map((step) => STEP_GRAPHICS[step.id].kind)));
    for (const state of FIRST_STATE_OF_EACH_KIND) {
      const first = STEPS.find((step) => STEP_GRAPHICS[step.id].kind === state.kind);
      expect(first && STEP_GRAPHICS[first.id]).toBe(state);
    }
  });
});

describe('each step’s graphic matches its text', () => {
  it.each(STEPS.map((step) => [step.id]))(
    '%s: the events it names fall in the graphic’s time span',
    (id) => {
      const state = stepGraphic(id);
      const window = span(state);
      if (window === null) return;
      for (const slot of STEP_COPY[id].paragraphs.flatMap((paragraph) => slotsOf(paragraph))) {
        if (!slot.startsWith('date:') && !slot.startsWith('day:')) continue;
        const date = eventDate(slot.slice(slot.indexOf(':') + 1));
        // Background events (before the war) are told over a map without a time window.
        expect(date >= addDays(window.from, -7) && date <= window.to, `${slot} (${date})`).toBe(
          true,
        );
      }
    },
  );

  it.each(STEPS.map((step) => [step.id]))(
    '%s: annotations and highlights lie inside the domain',
    (id) => {
      const state = stepGraphic(id);
      if (state.kind === 'map' || state.kind === 'histogram') return;
      for (const annotation of state.annotations) {
        const date = eventDate(annotation);
        expect(weekStartOf(date) >= state.domain.from && weekStartOf(date) <= state.domain.to).toBe(
          true,
        );
      }
      if (state.highlight !== null) {
        expect(state.highlight.from >= state.domain.from).toBe(true);
        expect(state.highlight.to <= state.domain.to).toBe(true);
      }
    },
  );

  it('map call-outs are places in places.json', () => {
    const ids = new Set(snapshot.places.map((place) => place.id));
    for (const step of STEPS) {
      const state = STEP_GRAPHICS[step.id];
      if (state.kind === 'map') for (const id of state.callouts) expect(ids, id).toContain(id);
    }
  });

  /** Facts about one week: the step printing them must show that week. */
  const WEEK_FACTS: Readonly<Record<string, string>> = {
    firstWeekStrikes: FACT_DATES.firstWeek,
    august25Strikes: FACT_DATES.august25Week,
    september15Strikes: FACT_DATES.september15Week,
    september22Strikes: FACT_DATES.september22Week,
  };

  it.each(STEPS.map((step) => [step.id]))(
    '%s: a week it counts is the week it highlights',
    (id) => {
      const state = stepGraphic(id);
      for (const slot of STEP_COPY[id].paragraphs.flatMap((paragraph) => slotsOf(paragraph))) {
        const week = WEEK_FACTS[slot];
        if (week === undefined) continue;
        const shown =
          state.kind === 'map' ? state.window : state.kind === 'weekly' ? state.highlight : null;
        expect(shown, `${slot} needs a highlighted week`).not.toBeNull();
        expect(shown?.from).toBe(week);
        expect(shown?.to).toBe(week);
      }
    },
  );

  it('specific steps show what they say', () => {
    const truce = stepGraphic('contained-truce');
    expect(truce.kind === 'weekly' && truce.highlight).toEqual({
      from: weekStartOf(eventDate('gaza-truce')),
      to: weekStartOf(addDays(eventDate('gaza-truce'), 6)),
    });
    const jump = stepGraphic('september-jump');
    expect(jump.kind === 'weekly' && jump.baseline).toBe(true);
    for (const id of [
      'summer-shukr',
      'september-map',
      'ground-war-map',
      'scenarios-air-war',
    ] as const) {
      const state = stepGraphic(id);
      expect(state.kind === 'map' && state.view, `${id} reaches Beirut`).toBe('lebanon');
    }
    const zone = stepGraphic('border-1701-zone');
    expect(zone.kind === 'map' && zone.emphasis).toBe('unscr1701-zone');
    const groundWar = stepGraphic('ground-war-acled-ends');
    expect(groundWar.kind === 'weekly' && groundWar.crossCheck, 'UCDP as the cross-check').toBe(
      true,
    );
    const caveats = stepGraphic('opening-two-caveats');
    expect(caveats.kind === 'weekly' && caveats.highlight).toEqual(AFTER_SEAM);
    const groundWarMap = stepGraphic('ground-war-map');
    expect(groundWarMap.kind === 'map' && groundWarMap.strikes).toBe('acled');
    expect(stepGraphic('september-histograms')).toEqual({ kind: 'histogram', periods: 'both' });
    const depth = stepGraphic('september-depth');
    expect(depth.kind === 'depth' && depth.highlight?.from).toBe(FACT_DATES.september22Week);
  });

  it('maps draw ACLED Hezbollah cells only where ACLED’s Israel file has data', () => {
    const israelFrom = snapshot.provenance.sources.find((source) => source.id === 'acled-israel')
      ?.coverage?.from;
    expect(israelFrom).toBeDefined();
    for (const step of STEPS) {
      const state = STEP_GRAPHICS[step.id];
      if (state.kind !== 'map' || state.window === null) continue;
      if (state.hezbollah === 'acled') {
        expect(addDays(state.window.to, 6) >= (israelFrom ?? ''), step.id).toBe(true);
      }
      if (state.hezbollah === 'alerts') {
        // Alert rings stand in for Hezbollah fire only before ACLED's Israel file begins.
        expect(state.window.to < (israelFrom ?? ''), step.id).toBe(true);
      }
    }
  });
});
