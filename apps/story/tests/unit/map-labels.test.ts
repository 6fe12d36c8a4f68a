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

describe('town names and the Blue Line', () => {
  // A vertical "line" of small boxes at x = 100, as MapGraphic builds from the Blue Line.
  const line = Array.from({ length: 40 }, (_, index) => ({
    left: 98,
    right: 102,
    top: index * 5,
    bottom: index * 5 + 4,
  }));
  const near: MapPlaceLabel = {
    id: 'n',
    name: 'Nearby',
    x: 92,
    y: 100,
    rank: 1,
    country: 'lebanon',
  };
  const labelsFor = (callouts: string[] = []) =>
    placeLabels([near], [], callouts, 'south', IDENTITY, 300, 200, [], line);

  it('sets a town’s name on its own side of the line, never across it', () => {
    const [placed] = labelsFor().places;
    expect(placed?.anchor).toBe('end'); // left of the dot, away from the line
  });

  it('drops a town whose every spot crosses the line, but not a call-out', () => {
    // The line winding all round the town: its boxes everywhere near it.
    const around = Array.from({ length: 20 * 12 }, (_, index) => {
      const left = 40 + (index % 20) * 6;
      const top = 60 + Math.floor(index / 20) * 7;
      return { left, right: left + 4, top, bottom: top + 4 };
    });
    const hemmed: MapPlaceLabel = { ...near, x: 97 };
    const dropped = placeLabels([hemmed], [], [], 'south', IDENTITY, 300, 200, [], around);
    expect(dropped.places).toEqual([]);
    const kept = placeLabels([hemmed], [], ['n'], 'south', IDENTITY, 300, 200, [], around);
    expect(kept.places.map((one) => one.place.id)).toEqual(['n']);
  });
});
