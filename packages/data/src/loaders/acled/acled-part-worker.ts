/**
 * A worker thread that reads parts of ACLED exports ({@link readAcledPart}) and keeps each
 * part's id index, so the main thread can ask which ids of a later part it already holds.
 */
import { parentPort } from 'node:worker_threads';
import { columnBuffers } from './acled-store.js';
import { readAcledPart, type AcledPartRequest, type ReadPart } from './acled-part.js';
import type { WorkerReply, WorkerRequest } from './acled-part-protocol.js';

const port = parentPort;
if (port === null) throw new Error('acled-part-worker must run as a worker thread');

const parts = new Map<number, ReadPart>();

function reply(message: WorkerReply, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

async function read(id: number, request: AcledPartRequest): Promise<void> {
  try {
    const read = await readAcledPart(request, (bytes) => {
      reply({ kind: 'progress', id, bytes });
    });
    parts.set(id, read);
    reply({ kind: 'part', id, part: read.part }, columnBuffers(read.part.columns));
  } catch (error) {
    reply({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  }
}

port.on('message', (message: WorkerRequest) => {
  switch (message.kind) {
    case 'read':
      void read(message.id, message.request);
      break;
    case 'find': {
      const store = parts.get(message.id)?.store;
      const ids = message.ids;
      const slots = new Int32Array(ids.length);
      for (let index = 0; index < ids.length; index++) {
        slots[index] = store?.find(ids[index] ?? '') ?? -1;
      }
      reply({ kind: 'found', id: message.id, slots }, [slots.buffer]);
      break;
    }
    case 'close':
      port.close();
      break;
  }
});
