/**
 * Text and chart agree, by construction. For every step, each number bound in its text that
 * measures a quantity the step's graphic also prints (the same series: a week's count, a week's
 * mean depth, the baseline average, a casualty line's labelled point) must be the same figure:
 * the same date and the same printed value. Where the text quotes the same series at another
 * date or over another window, the text must also print the graphic's figure, so the reader is
 * told how the two relate instead of seeing two numbers side by side.
 */
import { describe, expect, it } from 'vitest';
import { STEP_COPY } from '$lib/copy/steps';
import { slotsOf } from '$lib/copy/template';
import { deriveFacts, KEY_FIGURE_QUANTITIES } from '$lib/facts/derive';
import { KEY_FIGURE_IDS, type CopyKey, type KeyFigureId } from '$lib/facts/keys';
import { formatAverage, formatCount, formatKm } from '$lib/format/numbers';
import { STEPS } from '$lib/story/chapters';
import { drawnValues, type DrawnValue, type Quantity } from '$lib/story/drawn';
import { STEP_GRAPHICS } from '$lib/story/graphics';
import { resolveTemplate } from '$lib/copy/template';
import { pageData, snapshot } from './fixtures';

const facts = deriveFacts(snapshot);

/** The quantity a placeholder measures, if a graphic can draw it. */
function quantityOf(slot: string): Quantity | undefined {
  if (slot.startsWith('kf:')) {
    const id = slot.slice(3);
    if (!(KEY_FIGURE_IDS as readonly string[]).includes(id)) return undefined;
    const quantity = KEY_FIGURE_QUANTITIES[id as KeyFigureId];
    const figure = snapshot.keyFigures.find((one) => one.id === id);
    return quantity === undefined || figure === undefined ? undefined : quantity(figure);
  }
  return slot in facts ? facts[slot as keyof typeof facts].quantity : undefined;
}

/** A drawn value as the chart prints it. */
function printed(value: DrawnValue): string {
  if (value.series.endsWith('MeanKm')) return formatKm(value.value);
  if (value.series === 'strikesBaseline') return formatAverage(value.value);
  return formatCount(value.value);
}

/** Every (step, placeholder) whose quantity the step's graphic prints. */
const BOUND = STEPS.flatMap((step) => {
  const drawn = drawnValues(STEP_GRAPHICS[step.id], pageData.charts);
  return STEP_COPY[step.id].paragraphs.flatMap((paragraph) =>
    slotsOf(paragraph).flatMap((slot) => {
      const quantity = quantityOf(slot);
      if (quantity === undefined) return [];
      const same = drawn.filter((value) => value.series === quantity.series);
      return same.length === 0 ? [] : [{ step: step.id, slot, quantity, drawn: same }];
    }),
  );
});

describe('text and chart agree', () => {
  it('some steps bind numbers their graphics also print (the test has something to check)', () => {
    expect(BOUND.length).toBeGreaterThan(5);
  });

  it.each(BOUND.map((bound) => [`${bound.step} {${bound.slot}}`, bound]))(
    '%s',
    (_name, { step, slot, quantity, drawn }) => {
      const text = STEP_COPY[step].paragraphs
        .map((paragraph) => resolveTemplate(paragraph, pageData.copy))
        .join(' ');
      const textValue = pageData.copy[slot as CopyKey];
      for (const value of drawn) {
        if (value.at === quantity.at) {
          // Same series, same date: the same figure.
          expect(`${slot} = ${textValue}`).toBe(`${slot} = ${printed(value)}`);
        } else {
          // Same series, another date or window: the text must print the chart's figure too.
          expect(
            text,
            `${step}: the text gives ${slot} (${quantity.at}) = ${textValue}, the chart ${printed(value)} (${value.at})`,
          ).toContain(printed(value));
        }
      }
    },
  );
});
