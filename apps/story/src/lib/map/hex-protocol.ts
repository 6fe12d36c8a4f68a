/** Messages between the map and its hex-cell worker. */
import type { HexWindowQuery } from '@blueline/core';

export type HexWorkerRequest =
  | { readonly type: 'load'; readonly url: string }
  | {
      readonly type: 'totals';
      readonly key: string;
      readonly query: HexWindowQuery;
      /** Sum into the coarse layer's parent cells instead of the cells themselves. */
      readonly coarse: boolean;
    };

/**
 * Cells projected into world units: ring `i` is `rings[offsets[i]..offsets[i+1])` as x,y pairs.
 * The coarse layer's parent cells follow the cells themselves, from index `coarseFrom`.
 */
export interface ProjectedCells {
  readonly coarseFrom: number;
  /** How many cells each parent cell stands for (7 in H3); 1 without a coarse layer. */
  readonly coarseRatio: number;
  readonly ids: readonly string[];
  readonly offsets: Uint32Array;
  readonly rings: Float32Array;
  readonly centres: Float32Array;
}

/**
 * One window's totals: `cells[i]` (an index into `ids`) has `counts[i]` events; `coarse` when
 * they are sums over parent cells.
 */
export interface CellTotals {
  readonly key: string;
  readonly cells: Uint32Array;
  readonly counts: Uint32Array;
  readonly coarse: boolean;
}

export type HexWorkerResponse =
  | ({ readonly type: 'cells' } & ProjectedCells)
  | ({ readonly type: 'totals' } & CellTotals)
  | { readonly type: 'error'; readonly message: string };
