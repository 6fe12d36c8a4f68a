import { describe, expect, it } from 'vitest';
import { periodLabel, weeksIn } from '$lib/map/period';
import { createWorldProjection, viewTransform } from '$lib/map/projection';
import { pixelsPerKm, scaleBar } from '$lib/map/scale-bar';
import { FATAL_CLASSES, HEX_CLASSES, hexColour } from '$lib/map/marks';
import { MAP_NOTES } from '$lib/copy/graphics';
import { loadSnapshot } from '$lib/server/snapshot';
import { STEPS } from '$lib/story/chapters';
import { STEP_GRAPHICS } from '$lib/story/graphics';

describe('map period stamp', () => {
  it('names one week by its start, several by their first and last day', () => {
    expect(periodLabel({ from: '2024-09-22', to: '2024-09-22' })).toBe('Week of 22 Sep 2024');
    expect(periodLabel({ from: '2023-10-08', to: '2024-08-25' })).toBe('8 Oct 2023 – 31 Aug 2024');
  });

  it('counts the weeks a window covers', () => {
    expect(weeksIn({ from: '2024-09-22', to: '2024-09-22' })).toBe(1);
    expect(weeksIn({ from: '2023-10-08', to: '2024-08-25' })).toBe(47);
  });
});

describe('scale bar', () => {
  it('measures kilometres on screen close to the true scale', () => {
    const projection = createWorldProjection();
    const view = viewTransform(projection, 'south', 800, 600);
    const perKm = pixelsPerKm(projection, view, 35.5, 33.3);
    // Tyre (35.20 E) to the Golan (35.80 E) along 33.3 N is about 55.8 km.
    const tyre = projection([35.2, 33.3]);
    const golan = projection([35.8, 33.3]);
    if (tyre === null || golan === null) throw new Error('unprojectable');
    const px = (golan[0] - tyre[0]) * view.k;
    expect(px / perKm).toBeGreaterThan(54);
    expect(px / perKm).toBeLessThan(57.5);
  });

  it('picks the longest round length that fits', () => {
    expect(scaleBar(3, 100)).toEqual({ km: 25, px: 75 });
    expect(scaleBar(0.5, 100)).toEqual({ km: 200, px: 100 });
  });
});

describe('map colours', () => {
  it('gives UCDP fatal events their own colours, never ACLED’s', () => {
    const acled = new Set(HEX_CLASSES.map((one) => one.colour));
    for (const one of FATAL_CLASSES) expect(acled.has(one.colour)).toBe(false);
  });

  it('colours by events per week', () => {
    expect(hexColour(0.1)).toBe(HEX_CLASSES[0]?.colour);
    expect(hexColour(20)).toBe(HEX_CLASSES.at(-1)?.colour);
  });
});

describe('map notes', () => {
  it('pin every note a step asks for to a place in places.json', () => {
    const ids = new Set(loadSnapshot().places.map((place) => place.id));
    for (const step of STEPS) {
      const state = STEP_GRAPHICS[step.id];
      if (state.kind !== 'map') continue;
      for (const id of state.notes ?? []) {
        const note = MAP_NOTES[id];
        expect(note, id).toBeDefined();
        expect(ids.has(note?.place ?? ''), id).toBe(true);
      }
    }
  });
});
