/** Which places get a label on the map, and on which side of their dot. Presentation only. */
import { textWidth } from '$lib/charts/time';
import type { MapPlaceLabel } from '$lib/page-data';
import type { MapView } from '$lib/story/types';
import { applyTransform, type ViewTransform } from './projection';

export interface PlacedPlace {
  readonly place: MapPlaceLabel;
  readonly anchor: 'start' | 'end';
  readonly callout: boolean;
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The highest rank (1 = most important) labelled in each view, besides call-outs. */
const MAX_RANK: Readonly<Record<MapView, number>> = { south: 2, lebanon: 1 };

/** Below this width the map keeps only call-outs and first-rank places. */
const NARROW_PX = 520;

/** A country or sea name, already in screen pixels. */
export interface AreaLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Chooses labels for a view: call-outs first, then country and sea names, then places by rank,
 * each place right of its dot (or left, near the right edge); a label that would overlap one
 * already placed is dropped. Narrow maps keep fewer places.
 */
export function placeLabels<A extends AreaLabel>(
  places: readonly MapPlaceLabel[],
  areas: readonly A[],
  callouts: readonly string[],
  view: MapView,
  transform: ViewTransform,
  width: number,
  height: number,
  fontSize = 12.5,
): { places: PlacedPlace[]; areas: A[] } {
  const maxRank = width < NARROW_PX ? 1 : MAX_RANK[view];
  const candidates = places
    .filter((place) => callouts.includes(place.id) || place.rank <= maxRank)
    .sort((a, b) => {
      const calloutOrder = Number(callouts.includes(b.id)) - Number(callouts.includes(a.id));
      return calloutOrder !== 0 ? calloutOrder : a.rank - b.rank;
    });
  const taken: Box[] = [];
  const placed: PlacedPlace[] = [];
  const placedAreas: A[] = [];
  const tryArea = (area: A): void => {
    const half = textWidth(area.text, 12) * 0.75;
    const box: Box = {
      left: area.x - half,
      right: area.x + half,
      top: area.y - 11,
      bottom: area.y + 3,
    };
    if (area.x - half < 2 || area.x + half > width - 2 || area.y < 14 || area.y > height - 4)
      return;
    if (taken.some((other) => overlaps(box, other))) return;
    taken.push(box);
    placedAreas.push(area);
  };
  let areasDone = false;
  for (const place of candidates) {
    // Call-outs first, then the country and sea names, then the other places.
    if (!areasDone && !callouts.includes(place.id)) {
      areas.forEach(tryArea);
      areasDone = true;
    }
    const [x, y] = applyTransform(transform, [place.x, place.y]);
    if (x < 4 || x > width - 4 || y < 10 || y > height - 4) continue;
    const labelWidth = textWidth(place.name, fontSize) + 8;
    const anchor = x + labelWidth > width - 4 ? 'end' : 'start';
    const box: Box = {
      left: anchor === 'start' ? x - 4 : x - labelWidth,
      right: anchor === 'start' ? x + labelWidth : x + 4,
      top: y - fontSize * 0.8,
      bottom: y + fontSize * 0.5,
    };
    if (taken.some((other) => overlaps(box, other))) continue;
    taken.push(box);
    placed.push({ place, anchor, callout: callouts.includes(place.id) });
  }
  if (!areasDone) areas.forEach(tryArea);
  return { places: placed, areas: placedAreas };
}
