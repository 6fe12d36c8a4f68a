/**
 * Which step is active, derived from where the steps are rather than from the history of
 * scroll events: after a fast scroll, a reload mid-page or an anchor jump, the answer depends
 * only on the layout, so the graphic always matches what the reader sees.
 */

/**
 * Where the trigger line sits, as a share of the viewport height from the top. On narrow
 * screens the sticky graphic covers the top half, so the line must sit below it; 0.6 works for
 * both layouts, which keeps one scrollama setup for every width.
 */
export const TRIGGER_RATIO = 0.6;

/**
 * The index of the last step whose top edge has crossed the trigger line, or `null` while the
 * reader is still above the first step. Step tops are viewport coordinates, in step order.
 * @example activeStepAt([100, 900, 1700], 480) // 0
 */
export function activeStepAt(stepTops: readonly number[], triggerY: number): number | null {
  let active: number | null = null;
  for (let index = 0; index < stepTops.length; index++) {
    const top = stepTops[index];
    if (top === undefined || top > triggerY) break;
    active = index;
  }
  return active;
}
