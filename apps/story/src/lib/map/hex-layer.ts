/**
 * The map's hex cells, loaded after the page by a worker (see hex-worker.ts), drawn from
 * ready-projected rings.
 */
import type { HexWindowQuery } from '@blueline/core';
import type {
  CellTotals,
  HexWorkerRequest,
  HexWorkerResponse,
  ProjectedCells,
} from './hex-protocol';

/** One cell, ready to draw: a path in world units and its centre. */
export interface DrawableCell {
  readonly path: Path2D;
  readonly cx: number;
  readonly cy: number;
}

function toPaths(cells: ProjectedCells): DrawableCell[] {
  return cells.ids.map((_, index) => {
    const path = new Path2D();
    const start = cells.offsets[index] ?? 0;
    const end = cells.offsets[index + 1] ?? start;
    for (let at = start; at < end; at += 2) {
      const x = cells.rings[at] ?? 0;
      const y = cells.rings[at + 1] ?? 0;
      if (at === start) path.moveTo(x, y);
      else path.lineTo(x, y);
    }
    path.closePath();
    return { path, cx: cells.centres[2 * index] ?? 0, cy: cells.centres[2 * index + 1] ?? 0 };
  });
}

/** A handle on the worker: cells once loaded, and totals per window of weeks. */
export interface HexLayer {
  /** Resolves with the drawable cells, indexed like the totals' `cells`. */
  readonly cells: Promise<readonly DrawableCell[]>;
  /** How many cells a coarse-layer cell stands for (7), once loaded; 1 without one. */
  readonly coarseRatio: Promise<number>;
  /** The totals for a query, computed in the worker; `coarse` sums into parent cells. */
  totals(key: string, query: HexWindowQuery, coarse?: boolean): Promise<CellTotals>;
  close(): void;
}

/** Starts the worker and asks it to load `url`. */
export function createHexLayer(url: string): HexLayer {
  const worker = new Worker(new URL('./hex-worker.ts', import.meta.url), { type: 'module' });
  // Replies are matched by request id, so repeated or overlapping queries never get lost.
  const waiting = new Map<string, (totals: CellTotals) => void>();
  let nextRequest = 0;
  let resolveCells: (cells: readonly DrawableCell[]) => void = () => undefined;
  let rejectCells: (error: Error) => void = () => undefined;
  let resolveRatio: (ratio: number) => void = () => undefined;
  const cells = new Promise<readonly DrawableCell[]>((resolve, reject) => {
    resolveCells = resolve;
    rejectCells = reject;
  });
  const coarseRatio = new Promise<number>((resolve) => {
    resolveRatio = resolve;
  });
  worker.onmessage = (event: MessageEvent<HexWorkerResponse>) => {
    const message = event.data;
    if (message.type === 'cells') {
      resolveCells(toPaths(message));
      resolveRatio(message.coarseRatio);
    } else if (message.type === 'error') rejectCells(new Error(message.message));
    else {
      waiting.get(message.key)?.(message);
      waiting.delete(message.key);
    }
  };
  const post = (request: HexWorkerRequest): void => {
    worker.postMessage(request);
  };
  post({ type: 'load', url });
  return {
    cells,
    coarseRatio,
    totals(key, query, coarse = false) {
      const requestKey = `${key}#${nextRequest++}`;
      return new Promise((resolve) => {
        waiting.set(requestKey, (totals) => {
          resolve({ ...totals, key });
        });
        post({ type: 'totals', key: requestKey, query, coarse });
      });
    },
    close() {
      worker.terminate();
    },
  };
}
