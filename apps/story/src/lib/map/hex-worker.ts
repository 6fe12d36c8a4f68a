/**
 * Fetches, parses and projects the hex cells off the main thread (the file is the story's
 * largest; see hex-compact.ts for its encoding), and answers "how many events per cell in these weeks" queries with core's
 * `sumHexCells`, so scrolling never waits on a big JSON parse or a loop over every row.
 */
import { sumHexCells, type HexCellGeometry, type HexCellWeek } from '@blueline/core';
import { decodeCoarseLayer, decodeHexCells, type CompactHexCells } from './hex-compact';
import type { HexWorkerRequest, HexWorkerResponse } from './hex-protocol';
import { createWorldProjection } from './projection';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HexWorkerRequest>) => void) | null;
  postMessage(message: HexWorkerResponse, transfer?: Transferable[]): void;
};

let weeks: readonly HexCellWeek[] = [];
let indexOf = new Map<string, number>();
/** For each drawable fine cell, the drawable index of its parent (or itself, with no layer). */
let parentSlot = new Int32Array(0);
let loaded: Promise<void> | undefined;

async function load(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const compact = (await response.json()) as CompactHexCells;
  const snapshot = decodeHexCells(compact);
  const coarse = decodeCoarseLayer(compact);
  const projection = createWorldProjection();
  const ids: string[] = [];
  const offsets: number[] = [0];
  const rings: number[] = [];
  const centres: number[] = [];
  const add = (cell: HexCellGeometry): boolean => {
    const centre = projection([cell.lon, cell.lat]);
    if (centre === null) return false;
    for (const [lon, lat] of cell.boundary) {
      const point = projection([lon, lat]);
      if (point !== null) rings.push(point[0], point[1]);
    }
    ids.push(cell.cell);
    offsets.push(rings.length);
    centres.push(centre[0], centre[1]);
    return true;
  };
  const drawnFine: number[] = [];
  snapshot.cells.forEach((cell, index) => {
    if (add(cell)) drawnFine.push(index);
  });
  const coarseFrom = ids.length;
  const coarseSlot = coarse?.cells.map((cell) => (add(cell) ? ids.length - 1 : -1)) ?? [];
  parentSlot = Int32Array.from(drawnFine, (fine, slot) =>
    coarse === undefined ? slot : (coarseSlot[coarse.parentOf[fine] ?? -1] ?? -1),
  );
  weeks = snapshot.weeks;
  indexOf = new Map(ids.slice(0, coarseFrom).map((id, index) => [id, index]));
  const message = {
    type: 'cells',
    coarseFrom,
    coarseRatio: coarse === undefined ? 1 : 7 ** (snapshot.resolution - coarse.resolution),
    ids,
    offsets: Uint32Array.from(offsets),
    rings: Float32Array.from(rings),
    centres: Float32Array.from(centres),
  } as const;
  scope.postMessage(message, [
    message.offsets.buffer,
    message.rings.buffer,
    message.centres.buffer,
  ]);
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'load') {
    loaded ??= load(request.url).catch((error: unknown) => {
      scope.postMessage({ type: 'error', message: String(error) });
    });
    return;
  }
  void (loaded ?? Promise.resolve()).then(() => {
    const totals = new Map<number, number>();
    for (const total of sumHexCells(weeks, request.query)) {
      const slot = indexOf.get(total.cell);
      if (slot === undefined) continue;
      // Parents' sums: a regrouping of core's totals by the parent index built at load.
      const target = request.coarse ? (parentSlot[slot] ?? -1) : slot;
      if (target >= 0) totals.set(target, (totals.get(target) ?? 0) + total.count);
    }
    const message = {
      type: 'totals',
      key: request.key,
      cells: Uint32Array.from(totals.keys()),
      counts: Uint32Array.from(totals.values()),
      coarse: request.coarse,
    } as const;
    scope.postMessage(message, [message.cells.buffer, message.counts.buffer]);
  });
};
