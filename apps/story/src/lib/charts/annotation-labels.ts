/**
 * Label requests for timeline events on a time chart: the label sits in the rows above the
 * plot, right of its rule (or left, to stay in the frame), on the lowest row that is free;
 * a leader joins it to the plot's top edge.
 */
import type { ScaleTime } from 'd3-scale';
import { isoToDate } from '$lib/format/numbers';
import type { ChartAnnotation } from '$lib/page-data';
import { textBox, type LabelRequest } from '$lib/layout/place';
import { toSvg, type ChartFrame } from './frame';

export const ANNOTATION_FONT = { size: 12, advance: 0.62 } as const;
export const ANNOTATION_ROW_PX = 14;

/** Where an annotation label is drawn, in plot coordinates. */
export interface AnnotationSpot {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  /** The rule's position, where the leader meets the plot. */
  readonly ruleX: number;
}

/** The events whose date falls inside the scale's domain. */
export function annotationsInDomain(
  annotations: readonly ChartAnnotation[],
  x: ScaleTime<number, number>,
): ChartAnnotation[] {
  const [start, end] = x.domain();
  return annotations.filter((annotation) => {
    const date = isoToDate(annotation.date);
    return start !== undefined && end !== undefined && date >= start && date < end;
  });
}

export function annotationRequests(
  annotations: readonly ChartAnnotation[],
  x: ScaleTime<number, number>,
  frame: ChartFrame,
  rows: number,
  priority: number,
  /** The plot y (plot coordinates) the rules start at; label rows stack above it. */
  top = 0,
  /** The step's highlighted days or weeks: events inside them are labelled first. */
  focus: { readonly from: Date; readonly to: Date } | null = null,
): LabelRequest<ChartAnnotation, AnnotationSpot>[] {
  return annotationsInDomain(annotations, x).map((annotation, index) => {
    const date = isoToDate(annotation.date);
    const inFocus = focus !== null && date >= focus.from && date < focus.to;
    const ruleX = x(isoToDate(annotation.date));
    const candidates = [];
    for (let row = 0; row < rows; row++) {
      const y = top - 8 - row * ANNOTATION_ROW_PX;
      for (const anchor of ['start', 'end'] as const) {
        const labelX = anchor === 'start' ? ruleX + 3 : ruleX - 3;
        candidates.push({
          box: toSvg(frame, textBox(annotation.label, labelX, y, anchor, ANNOTATION_FONT)),
          at: { x: labelX, y, anchor, ruleX },
        });
      }
    }
    return {
      item: annotation,
      priority: priority + (focus === null || inFocus ? 0 : 0.5) + index * 0.01,
      candidates,
    };
  });
}
