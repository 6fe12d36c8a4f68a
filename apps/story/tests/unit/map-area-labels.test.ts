import { describe, expect, it } from 'vitest';
import { placeLabels } from '$lib/map/labels';
import type { MapPlaceLabel } from '$lib/page-data';

const IDENTITY = { k: 1, x: 0, y: 0 };
// A town whose dot sits exactly where the area's name goes.
const town: MapPlaceLabel = { id: 't', name: 'T', x: 100, y: 96, rank: 1, country: 'israel' };
// Set just above the dot, so that the town's own label still fits below it.
const area = { text: 'Shebaa Farms (approx.)', x: 100, y: 92 };
const place = (
  areas: readonly (typeof area & { clearsDots?: boolean })[],
  callouts: string[] = [],
) => placeLabels([town], areas, callouts, 'south', IDENTITY, 300, 200);

describe('map area labels', () => {
  it('drops a town whose dot a dot-clearing name covers, and keeps the name', () => {
    const result = place([{ ...area, clearsDots: true }]);
    expect(result.areas.map((one) => one.text)).toEqual([area.text]);
    expect(result.places).toEqual([]);
  });

  it('keeps the town under an ordinary area name', () => {
    const result = place([area]);
    expect(result.areas.map((one) => one.text)).toEqual([area.text]);
    expect(result.places.map((one) => one.place.id)).toEqual(['t']);
  });

  it('never drops a called-out town', () => {
    const result = place([{ ...area, clearsDots: true }], ['t']);
    expect(result.places.map((one) => one.place.id)).toEqual(['t']);
  });
});
