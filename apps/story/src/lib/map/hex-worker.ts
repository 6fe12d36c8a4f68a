/**
 * Fetches, parses and projects the hex cells off the main thread (the file is the story's
 * largest; see hex-compact.ts for its encoding), and answers "how many events per cell in these weeks" queries with core's
 * `sumHexCells`, so scrolling never waits on a big JSON parse or a loop over every row.
 */
import { sumHexCells, type HexCellWeek } from '@blueline/core';
import { decodeHexCells, type CompactHexCells } from './hex-compact';
import type { HexWorkerRequest, HexWorkerResponse } from './hex-protocol';
import { createWorldProjection } from './projection';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HexWorkerRequest>) => void) | null;
  postMessage(message: HexWorkerResponse, transfer?: Transferable[]): void;
};

let weeks: readonly HexCellWeek[] = [];
let indexOf = new Map<string, number>();
let loaded: Promise<void> | undefined;

async function load(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const snapshot = decodeHexCells((await response.json()) as CompactHexCells);
  const projection = createWorldProjection();
  const ids: string[] = [];
  const offsets: number[] = [0];
  const rings: number[] = [];
  const centres: number[] = [];
  for (const cell of snapshot.cells) {
    const centre = projection([cell.lon, cell.lat]);
    if (centre === null) continue;
    for (const [lon, lat] of cell.boundary) {
      const point = projection([lon, lat]);
      if (point !== null) rings.push(point[0], point[1]);
    }
    ids.push(cell.cell);
    offsets.push(rings.length);
    centres.push(centre[0], centre[1]);
  }
  weeks = snapshot.weeks;
  indexOf = new Map(ids.map((id, index) => [id, index]));
  const message = {
    type: 'cells',
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
    const totals = sumHexCells(weeks, request.query).filter((total) => indexOf.has(total.cell));
    const message = {
      type: 'totals',
      key: request.key,
      cells: Uint32Array.from(totals, (total) => indexOf.get(total.cell) ?? 0),
      counts: Uint32Array.from(totals, (total) => total.count),
    } as const;
    scope.postMessage(message, [message.cells.buffer, message.counts.buffer]);
  });
};
