/**
 * Events a map counts but cannot show: those in cells whose centre lies north or south of the
 * frame (the border view ends at Haifa's latitude and just past the Litani, so deep strikes and
 * far attacks fall outside). The map says how many, so its picture never quietly shrinks the war.
 */
import type { ViewTransform } from './projection';

/** Event counts beyond the frame's top and bottom edges. */
export interface BeyondFrame {
  readonly north: number;
  readonly south: number;
}

/**
 * Sums `counts` over the cells (centres in world units, indexed by `totals.cells`) whose centre
 * the view puts above the frame (north) or below it (south).
 */
export function eventsBeyondFrame(
  cells: readonly { readonly cy: number }[],
  totals: { readonly cells: ArrayLike<number>; readonly counts: ArrayLike<number> },
  view: ViewTransform,
  height: number,
): BeyondFrame {
  let north = 0;
  let south = 0;
  for (let at = 0; at < totals.cells.length; at++) {
    const cell = cells[totals.cells[at] ?? -1];
    if (cell === undefined) continue;
    const y = view.k * cell.cy + view.y;
    const count = totals.counts[at] ?? 0;
    if (y < 0) north += count;
    else if (y > height) south += count;
  }
  return { north, south };
}
