/**
 * Which places get a label on the map, and where. Presentation only: the placement itself is
 * the shared priority placement (lib/layout/place.ts).
 */
import type { MapPlaceLabel } from '$lib/page-data';
import {
  boxesOverlap,
  estimateTextWidth,
  placeLabels as place,
  type Box,
  type LabelRequest,
} from '$lib/layout/place';
import type { MapView } from '$lib/story/types';
import { applyTransform, type ViewTransform } from './projection';

/** A note pinned to a place, placed off the dot with a leader line back to it. */
export interface PlacedNote {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The place's dot, where the leader ends. */
  readonly dotX: number;
  readonly dotY: number;
}

export interface MapNote {
  readonly id: string;
  readonly text: string;
  readonly place: MapPlaceLabel;
}

export interface PlacedPlace {
  readonly place: MapPlaceLabel;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly callout: boolean;
}

/** The highest rank (1 = most important) labelled in each view, besides call-outs. */
const MAX_RANK: Readonly<Record<MapView, number>> = { south: 2, lebanon: 1 };

/** Below this width the map keeps only call-outs and first-rank places. */
const NARROW_PX = 520;

/** A country, sea, river or region name, already in screen pixels. */
export interface AreaLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Other acceptable spots (centre of the text), in order of preference. */
  readonly alternatives?: readonly { readonly x: number; readonly y: number }[];
  /**
   * A town whose dot this name would cover loses its own label and dot instead (call-outs
   * excepted), so the name never reads as naming the town: for the Shebaa Farms ring, which the
   * text names and the map must show.
   */
  readonly clearsDots?: boolean;
}

const AREA_FONT = { size: 12, advance: 0.72 } as const;

type Item<A> =
  | { kind: 'area'; area: A }
  | { kind: 'place'; place: MapPlaceLabel; dot: Box }
  | { kind: 'note'; note: MapNote };
interface Spot {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/**
 * Chooses labels for a view: call-outs first, then area names, then places by rank. A place's
 * label goes right of its dot, else below, above or left of it; it never leaves the frame or
 * covers `reserved` boxes (the period stamp, scale bar, inset) or another label, and is dropped
 * when no spot is free. It avoids other places' dots, and never crosses the `avoid` boxes (the
 * Blue Line; call-outs excepted), so a town's name stays on its own side of the line. Narrow maps
 * keep fewer places.
 */
export function placeLabels<A extends AreaLabel>(
  places: readonly MapPlaceLabel[],
  areas: readonly A[],
  callouts: readonly string[],
  view: MapView,
  transform: ViewTransform,
  width: number,
  height: number,
  reserved: readonly Box[] = [],
  /** Lines a label should not cross when it has another spot (the Blue Line). */
  avoid: readonly Box[] = [],
  notes: readonly MapNote[] = [],
  fontSize = 12.5,
): { places: PlacedPlace[]; areas: A[]; notes: PlacedNote[] } {
  const maxRank = width < NARROW_PX ? 1 : MAX_RANK[view];
  const candidates = places.filter((one) => callouts.includes(one.id) || one.rank <= maxRank);
  const metrics = { size: fontSize, advance: 0.6 };
  const boxAt = (text: string, spot: Spot, font = metrics): Box => {
    const textWidth = estimateTextWidth(text, font);
    const left =
      spot.anchor === 'start'
        ? spot.x
        : spot.anchor === 'middle'
          ? spot.x - textWidth / 2
          : spot.x - textWidth;
    return {
      left: left - 2,
      right: left + textWidth + 2,
      top: spot.y - font.size * 0.9,
      bottom: spot.y + font.size * 0.3,
    };
  };
  const requests: (LabelRequest<Item<A>, Spot> & { readonly dot: Box | null })[] = [
    ...candidates.map((one) => {
      const [x, y] = applyTransform(transform, [one.x, one.y]);
      const callout = callouts.includes(one.id);
      const size = callout ? fontSize + 1 : fontSize;
      const font = { size, advance: callout ? 0.64 : 0.6 };
      // Beside the dot, then below or above it, then beside it a little lower or higher.
      const spots: Spot[] = [
        { x: x + 6, y: y + 4, anchor: 'start' },
        { x, y: y + 16, anchor: 'middle' },
        { x, y: y - 8, anchor: 'middle' },
        { x: x - 6, y: y + 4, anchor: 'end' },
        { x: x + 6, y: y + 12, anchor: 'start' },
        { x: x + 6, y: y - 4, anchor: 'start' },
        { x: x - 6, y: y + 12, anchor: 'end' },
        { x: x - 6, y: y - 4, anchor: 'end' },
      ];
      const inFrame = x >= 4 && x <= width - 4 && y >= 10 && y <= height - 4;
      const dot: Box = { left: x - 4, right: x + 4, top: y - 4, bottom: y + 4 };
      return {
        item: { kind: 'place', place: one, dot } as const,
        priority: callout ? 0 : 10 + one.rank,
        // A town's name never crosses the Blue Line (it would read as on the wrong side):
        // a spot that does is not offered, and a town with no other spot goes unnamed. Only a
        // call-out, which the text needs, may cross it if it must.
        candidates: inFrame
          ? spots
              .map((spot) => ({ box: boxAt(one.name, spot, font), at: spot }))
              .filter(
                (candidate) => callout || !avoid.some((line) => boxesOverlap(line, candidate.box)),
              )
          : [],
        dot,
      };
    }),
    ...areas.map((area) => {
      const spots: Spot[] = [area, ...(area.alternatives ?? [])].map((one) => ({
        x: one.x,
        y: one.y,
        anchor: 'middle',
      }));
      return {
        item: { kind: 'area', area } as const,
        priority: 5,
        candidates: spots.map((spot) => ({ box: boxAt(area.text, spot, AREA_FONT), at: spot })),
        dot: null,
      };
    }),
  ];
  const NOTE_FONT = { size: 12.5, advance: 0.62 } as const;
  for (const note of notes) {
    const [x, y] = applyTransform(transform, [note.place.x, note.place.y]);
    const spots: Spot[] = [];
    for (const [dx, dy] of [
      [28, -26],
      [-28, -26],
      [28, 34],
      [-28, 34],
      [40, -44],
      [-40, -44],
      [0, -30],
      [0, 38],
    ] as const) {
      spots.push({ x: x + dx, y: y + dy, anchor: dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle' });
    }
    requests.push({
      item: { kind: 'note', note },
      priority: -1,
      candidates: spots.map((spot) => ({ box: boxAt(note.text, spot, NOTE_FONT), at: spot })),
      dot: null,
    });
  }
  const placement = place(requests, {
    frame: { left: 2, top: 2, right: width - 2, bottom: height - 2 },
    obstacles: reserved,
    softObstacles: [
      ...requests.flatMap((request) => (request.dot === null ? [] : [request.dot])),
      ...avoid,
    ],
    gap: 1,
  });
  const placedPlaces: PlacedPlace[] = [];
  const placedAreas: A[] = [];
  const placedNotes: PlacedNote[] = [];
  const clearedBoxes = placement.placed.flatMap((one) =>
    one.item.kind === 'area' && one.item.area.clearsDots === true ? [one.box] : [],
  );
  const dotCleared = (place: MapPlaceLabel, dot: Box): boolean =>
    !callouts.includes(place.id) && clearedBoxes.some((box) => boxesOverlap(box, dot));
  for (const one of placement.placed) {
    if (one.item.kind === 'area') placedAreas.push({ ...one.item.area, x: one.at.x, y: one.at.y });
    else if (one.item.kind === 'place' && dotCleared(one.item.place, one.item.dot)) continue;
    else if (one.item.kind === 'note') {
      const [dotX, dotY] = applyTransform(transform, [
        one.item.note.place.x,
        one.item.note.place.y,
      ]);
      placedNotes.push({
        id: one.item.note.id,
        text: one.item.note.text,
        x: one.at.x,
        y: one.at.y,
        anchor: one.at.anchor,
        dotX,
        dotY,
      });
    } else
      placedPlaces.push({
        place: one.item.place,
        x: one.at.x,
        y: one.at.y,
        anchor: one.at.anchor,
        callout: callouts.includes(one.item.place.id),
      });
  }
  return { places: placedPlaces, areas: placedAreas, notes: placedNotes };
}
