/**
 * Label placement for the story's graphics: presentation geometry, no domain knowledge.
 *
 * Each label offers candidate boxes in order of preference (its natural spot, then nudged
 * spots, then spots far enough away to need a leader line). Labels are placed most important
 * first; each takes its first candidate that stays inside the frame and clears every label
 * already placed and every fixed obstacle (tick labels, stamps, the scale bar). Marks such as
 * bars are soft obstacles: a label avoids them when it can, and may sit over them (with its
 * halo) only when no clear spot exists. A label with no acceptable spot is dropped, so text
 * never overprints text.
 */

/** A box on screen, in the graphic's pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Candidate<P> {
  readonly box: Box;
  /** Whatever the caller needs to draw the label here (anchor, leader line…). */
  readonly at: P;
}

export interface LabelRequest<T, P> {
  readonly item: T;
  /** Lower numbers are placed first and dropped last. */
  readonly priority: number;
  readonly candidates: readonly Candidate<P>[];
  /** Drop the label rather than let it sit over marks (for labels the chart can do without). */
  readonly onlyClear?: boolean;
}

export interface PlacedLabel<T, P> {
  readonly item: T;
  readonly at: P;
  readonly box: Box;
  /** Index of the chosen candidate: 0 is the natural spot. */
  readonly choice: number;
}

export interface PlacementOptions {
  /** Labels must lie inside this frame. */
  readonly frame: Box;
  /** Fixed texts and furniture no label may cover. */
  readonly obstacles?: readonly Box[];
  /** Marks a label avoids when it can (bars, dots). */
  readonly softObstacles?: readonly Box[];
  /** Minimum clear space between two labels, in px. */
  readonly gap?: number;
}

export interface Placement<T, P> {
  readonly placed: PlacedLabel<T, P>[];
  readonly dropped: T[];
}

/** Whether two boxes overlap once `gap` px of clear space is required between them. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.left < b.right + gap &&
    b.left < a.right + gap &&
    a.top < b.bottom + gap &&
    b.top < a.bottom + gap
  );
}

/** The area two boxes share, in px². */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Whether `inner` lies entirely within `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left &&
    inner.right <= outer.right &&
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom
  );
}

/** Places labels by priority; see the module comment. Ties keep the callers' order. */
export function placeLabels<T, P>(
  requests: readonly LabelRequest<T, P>[],
  options: PlacementOptions,
): Placement<T, P> {
  const gap = options.gap ?? 2;
  const hard: Box[] = [...(options.obstacles ?? [])];
  const soft = options.softObstacles ?? [];
  const order = requests
    .map((request, index) => ({ request, index }))
    .sort((a, b) => a.request.priority - b.request.priority || a.index - b.index);
  const placed: PlacedLabel<T, P>[] = [];
  const dropped: T[] = [];
  const fits = (box: Box): boolean =>
    boxInside(box, options.frame) && !hard.some((other) => boxesOverlap(box, other, gap));
  const softCover = (box: Box): number =>
    soft.reduce((sum, other) => sum + overlapArea(box, other), 0);
  for (const { request } of order) {
    // The first clear spot; failing that, the spot that covers the least of the marks.
    let choice = -1;
    let least = Infinity;
    request.candidates.forEach((candidate, index) => {
      if (least === 0 || !fits(candidate.box)) return;
      const cover = softCover(candidate.box);
      if (cover < least) {
        least = cover;
        choice = index;
      }
    });
    const candidate =
      request.onlyClear === true && least > 0 ? undefined : request.candidates[choice];
    if (candidate === undefined) {
      dropped.push(request.item);
      continue;
    }
    hard.push(candidate.box);
    placed.push({ item: request.item, at: candidate.at, box: candidate.box, choice });
  }
  return { placed, dropped };
}

/** Typographic metrics used to size a label before it is drawn. */
export interface TextMetrics {
  /** Font size in px. */
  readonly size: number;
  /** Average advance per character, as a share of the size (bold text runs wider). */
  readonly advance?: number;
}

/**
 * An estimate of a text's width in px. Deliberately generous (the UI font's average advance
 * is about 0.55 em), so a label judged clear on paper is clear on screen.
 */
export function estimateTextWidth(text: string, metrics: TextMetrics): number {
  return text.length * metrics.size * (metrics.advance ?? 0.6);
}

/**
 * The box of a one-line SVG text drawn at (`x`, baseline `y`) with the given anchor, padded by
 * `pad` px (room for the halo).
 */
export function textBox(
  text: string,
  x: number,
  y: number,
  anchor: 'start' | 'middle' | 'end',
  metrics: TextMetrics,
  pad = 1,
): Box {
  const width = estimateTextWidth(text, metrics);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return {
    left: left - pad,
    right: left + width + pad,
    top: y - metrics.size * 0.95 - pad,
    bottom: y + metrics.size * 0.3 + pad,
  };
}
