/**
 * The scaffolding every chart shares: margins, the plot's size, and the boxes of the fixed
 * furniture (tick labels) that labels must avoid. A chart is drawn in one SVG whose plot area
 * is translated by the margin; label placement works in SVG (not plot) coordinates.
 */
import type { ScaleTime } from 'd3-scale';
import { textBox, type Box } from '$lib/layout/place';
import { monthTicks } from './time';

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly plotWidth: number;
  readonly plotHeight: number;
}

/** Below this width a chart uses its compact layout (fewer rows, smaller gaps). */
export const NARROW_CHART_PX = 500;

export function chartFrame(width: number, height: number, margin: Margin): ChartFrame {
  return {
    width,
    height,
    margin,
    plotWidth: Math.max(10, width - margin.left - margin.right),
    plotHeight: Math.max(10, height - margin.top - margin.bottom),
  };
}

/** A box given in plot coordinates, moved into SVG coordinates. */
export function toSvg(frame: ChartFrame, box: Box): Box {
  return {
    left: box.left + frame.margin.left,
    right: box.right + frame.margin.left,
    top: box.top + frame.margin.top,
    bottom: box.bottom + frame.margin.top,
  };
}

/** Where labels may go: the whole SVG above the time axis. */
export function labelFrame(frame: ChartFrame): Box {
  return { left: 0, top: 0, right: frame.width, bottom: frame.margin.top + frame.plotHeight };
}

/** The tick labels of a left value axis, in SVG coordinates. */
export function valueTickBoxes(
  frame: ChartFrame,
  ticks: readonly { readonly y: number; readonly label: string }[],
  size = 11,
): Box[] {
  return ticks.map((tick) =>
    toSvg(frame, textBox(tick.label, -6, tick.y + size * 0.32, 'end', { size })),
  );
}

/** The month labels of a time axis, in SVG coordinates. */
export function timeTickBoxes(frame: ChartFrame, x: ScaleTime<number, number>): Box[] {
  return monthTicks(x, frame.plotWidth).map((tick) =>
    toSvg(
      frame,
      textBox(
        tick.label,
        tick.x,
        frame.plotHeight + 18,
        tick.x < 24 ? 'start' : tick.x > frame.plotWidth - 24 ? 'end' : 'middle',
        { size: 11.5 },
      ),
    ),
  );
}
