/**
 * One label placement per chart: timeline-event labels and the chart's own texts (values,
 * axis titles, rules' names) are placed together, most important first, so no two collide.
 */
import type { ChartAnnotation } from '$lib/page-data';
import {
  placeLabels,
  textBox,
  type Box,
  type LabelRequest,
  type PlacedLabel,
  type PlacementOptions,
  type TextMetrics,
} from '$lib/layout/place';
import type { AnnotationSpot } from './annotation-labels';

/** A text drawn by the chart itself; `lines` stack downwards from the first baseline. */
export interface TextLabel {
  readonly id: string;
  readonly lines: readonly string[];
  readonly className: string;
}

export interface TextSpot {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

type Item =
  | { readonly kind: 'annotation'; readonly annotation: ChartAnnotation }
  | { readonly kind: 'text'; readonly label: TextLabel };
type Spot = AnnotationSpot | TextSpot;

export interface ChartLabels {
  readonly annotations: PlacedLabel<ChartAnnotation, AnnotationSpot>[];
  readonly texts: PlacedLabel<TextLabel, TextSpot>[];
}

export const LINE_HEIGHT = 1.2;

/** The box of a (possibly multi-line) text label at a spot, in the spot's coordinates. */
export function labelBox(label: TextLabel, spot: TextSpot, metrics: TextMetrics): Box {
  const boxes = label.lines.map((line, index) =>
    textBox(line, spot.x, spot.y + index * metrics.size * LINE_HEIGHT, spot.anchor, metrics),
  );
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    right: Math.max(...boxes.map((box) => box.right)),
    top: Math.min(...boxes.map((box) => box.top)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

export function placeChartLabels(
  annotations: readonly LabelRequest<ChartAnnotation, AnnotationSpot>[],
  texts: readonly LabelRequest<TextLabel, TextSpot>[],
  options: PlacementOptions,
): ChartLabels {
  const requests: LabelRequest<Item, Spot>[] = [
    ...annotations.map((request) => ({
      ...request,
      item: { kind: 'annotation', annotation: request.item } as const,
    })),
    ...texts.map((request) => ({
      ...request,
      item: { kind: 'text', label: request.item } as const,
    })),
  ];
  const { placed } = placeLabels(requests, options);
  const result: ChartLabels = { annotations: [], texts: [] };
  for (const one of placed) {
    if (one.item.kind === 'annotation' && 'ruleX' in one.at) {
      result.annotations.push({ ...one, item: one.item.annotation, at: one.at });
    } else if (one.item.kind === 'text') {
      result.texts.push({ ...one, item: one.item.label, at: one.at });
    }
  }
  return result;
}
