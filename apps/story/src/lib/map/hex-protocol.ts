/** Messages between the map and its hex-cell worker. */
import type { HexWindowQuery } from '@blueline/core';

export type HexWorkerRequest =
  | { readonly type: 'load'; readonly url: string }
  | { readonly type: 'totals'; readonly key: string; readonly query: HexWindowQuery };

/** Cells projected into world units: ring `i` is `rings[offsets[i]..offsets[i+1])` as x,y pairs. */
export interface ProjectedCells {
  readonly ids: readonly string[];
  readonly offsets: Uint32Array;
  readonly rings: Float32Array;
  readonly centres: Float32Array;
}

/** One window's totals: `cells[i]` (an index into `ids`) has `counts[i]` events. */
export interface CellTotals {
  readonly key: string;
  readonly cells: Uint32Array;
  readonly counts: Uint32Array;
}

export type HexWorkerResponse =
  | ({ readonly type: 'cells' } & ProjectedCells)
  | ({ readonly type: 'totals' } & CellTotals)
  | { readonly type: 'error'; readonly message: string };
