import { describe, expect, it } from 'vitest';
import { placeLabels } from '$lib/map/labels';
import type { MapPlaceLabel } from '$lib/page-data';

const IDENTITY = { k: 1, x: 0, y: 0 };
// A town whose dot sits exactly where the area's name would go.
const town: MapPlaceLabel = { id: 't', name: 'T', x: 100, y: 96, rank: 1, country: 'israel' };
const area = { text: 'Shebaa Farms (approx.)', x: 100, y: 100 };

describe('map area labels', () => {
  it('drops an only-if-clear area name rather than set it over a town’s dot', () => {
    const strict = placeLabels(
      [town],
      [{ ...area, onlyClear: true }],
      [],
      'south',
      IDENTITY,
      300,
      200,
    );
    expect(strict.areas).toEqual([]);
  });

  it('still places other area names there, over the dot if need be', () => {
    const lenient = placeLabels([town], [area], [], 'south', IDENTITY, 300, 200);
    expect(lenient.areas.map((one) => one.text)).toEqual([area.text]);
  });

  it('takes an only-if-clear name’s alternative spot when that one is clear', () => {
    const moved = placeLabels(
      [town],
      [{ ...area, onlyClear: true, alternatives: [{ x: 100, y: 160 }] }],
      [],
      'south',
      IDENTITY,
      300,
      200,
    );
    expect(moved.areas.map((one) => [one.x, one.y])).toEqual([[100, 160]]);
  });
});
