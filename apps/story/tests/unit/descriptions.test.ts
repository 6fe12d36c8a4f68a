/** Every state of the graphic has a text alternative, with the numbers it shows. */
import { describe, expect, it } from 'vitest';
import { STEPS } from '$lib/story/chapters';
import { graphicKey, STEP_GRAPHICS } from '$lib/story/graphics';
import { pageData } from './fixtures';

describe('text alternatives', () => {
  it('describes the overview shown before any step', () => {
    expect(pageData.descriptions.none.length).toBeGreaterThan(80);
  });

  it.each(STEPS.map((step) => [step.id]))('describes step %s', (id) => {
    const text = pageData.descriptions.steps[id];
    expect(text.length).toBeGreaterThan(80);
    expect(text).not.toMatch(/undefined|NaN|null|\[object/);
    const state = STEP_GRAPHICS[id];
    if (state.kind === 'map' && state.window !== null) expect(text).toMatch(/\d/);
    if (state.kind !== 'map') expect(text).toMatch(/\d/);
  });

  it('gives different descriptions to different graphics', () => {
    const byKey = new Map<string, string>();
    for (const step of STEPS) {
      const key = graphicKey(STEP_GRAPHICS[step.id]);
      const text = pageData.descriptions.steps[step.id];
      for (const [otherKey, otherText] of byKey) {
        if (otherKey !== key) expect(text, `${step.id} vs ${otherKey}`).not.toBe(otherText);
      }
      byKey.set(key, text);
    }
  });
});
