/**
 * Where a series changes source (a version seam, or the start of a file): a dotted rule at the
 * first day of the new source, whose short name goes through the chart's one label placement
 * like every other text, so it never overprints a value, a tick or an event label, and is left
 * out where the only room is over the bars (the legend and the source line still name it).
 */
import type { ScaleTime } from 'd3-scale';
import type { LabelRequest } from '$lib/layout/place';
import type { ChartSeam } from '$lib/page-data';
import { labelBox, type TextLabel, type TextSpot } from './chart-labels';
import { toSvg, type ChartFrame } from './frame';
import { isoToDate } from '$lib/format/numbers';

/** A seam inside the plot, at its x position. */
export interface SeamRule extends ChartSeam {
  readonly position: number;
}

const SEAM_FONT = { size: 10.5, advance: 0.6 } as const;

/** The seams that fall inside the plot's current time domain. */
export function seamRules(
  seams: readonly ChartSeam[],
  x: ScaleTime<number, number>,
  plotWidth: number,
): SeamRule[] {
  return seams.flatMap((seam) => {
    const position = x(isoToDate(seam.date));
    return position > 0 && position < plotWidth ? [{ ...seam, position }] : [];
  });
}

/**
 * One label request per rule, tried beside it on either side at each of `heights` (plot
 * coordinates), in order; `priority` is the first rule's, later rules rank just after it.
 */
export function seamLabelRequests(
  rules: readonly SeamRule[],
  frame: ChartFrame,
  heights: readonly number[],
  priority: number,
): LabelRequest<TextLabel, TextSpot>[] {
  return rules.map((rule, index) => {
    const label: TextLabel = {
      id: `seam-${rule.id}`,
      lines: [rule.label],
      className: 'seam-label',
    };
    const spots: TextSpot[] = heights.flatMap((y) => [
      { x: rule.position + 4, y, anchor: 'start' as const },
      { x: rule.position - 4, y, anchor: 'end' as const },
    ]);
    return {
      item: label,
      priority: priority + index / 10,
      // The rule and the legend's "change of source" stand without it: never over the bars.
      onlyClear: true,
      candidates: spots.map((spot) => ({
        box: toSvg(frame, labelBox(label, spot, SEAM_FONT)),
        at: spot,
      })),
    };
  });
}
