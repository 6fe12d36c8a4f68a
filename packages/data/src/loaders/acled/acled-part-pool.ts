import { Worker } from 'node:worker_threads';
import { readAcledPart, type AcledPart, type AcledPartRequest } from './acled-part.js';
import type { AcledEventStore } from './acled-store.js';
import type { WorkerReply, WorkerRequest } from './acled-part-protocol.js';

/** A part read, wherever it was read: its data, and a look-up into its id index. */
export interface PartHandle {
  readonly part: AcledPart;
  /** The part's own store, when it was read on this thread. */
  readonly store?: AcledEventStore;
  /** For each id, its slot in this part, or -1. */
  find(ids: readonly string[]): Promise<Int32Array>;
}

/** Reads a part on this thread. */
export async function readPartHere(
  request: AcledPartRequest,
  onProgress?: (bytes: number) => void,
): Promise<PartHandle> {
  const { part, store } = await readAcledPart(request, onProgress);
  return {
    part,
    store,
    find(ids) {
      return Promise.resolve(Int32Array.from(ids, (id) => store.find(id)));
    },
  };
}

// From `dist/` the worker is plain JavaScript. From `src/` (tests, tsx) it is TypeScript: a
// small bootstrap registers tsx's loader in the worker first (`--import` does not reach workers).
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(
  fromSource ? './acled-part-worker.ts' : './acled-part-worker.js',
  import.meta.url,
);
const SOURCE_BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => {
  register();
  return import(${JSON.stringify(WORKER_URL.href)});
});`;

interface Pending {
  readonly resolve: (reply: WorkerReply) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (bytes: number) => void;
}

/** One worker thread, answering requests about the parts it has read. */
class PartWorker {
  private readonly worker = fromSource
    ? new Worker(SOURCE_BOOTSTRAP, { eval: true, execArgv: [] })
    : new Worker(WORKER_URL, { execArgv: [] });
  /** Requests in flight by part id; a worker answers one request per part at a time. */
  private readonly pending = new Map<number, Pending>();

  constructor() {
    this.worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (waiting === undefined) return;
      if (reply.kind === 'progress') {
        waiting.onProgress?.(reply.bytes);
        return;
      }
      this.pending.delete(reply.id);
      waiting.resolve(reply);
    });
    this.worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
  }

  private ask(
    id: number,
    request: WorkerRequest,
    onProgress?: (bytes: number) => void,
  ): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve,
        reject,
        ...(onProgress === undefined ? {} : { onProgress }),
      });
      this.worker.postMessage(request);
    });
  }

  async read(
    id: number,
    request: AcledPartRequest,
    onProgress?: (bytes: number) => void,
  ): Promise<PartHandle> {
    const reply = await this.ask(id, { kind: 'read', id, request }, onProgress);
    if (reply.kind !== 'part') {
      throw new Error(reply.kind === 'failed' ? reply.message : `unexpected ${reply.kind}`);
    }
    return {
      part: reply.part,
      find: async (ids) => {
        const found = await this.ask(id, { kind: 'find', id, ids });
        if (found.kind !== 'found') throw new Error(`unexpected ${found.kind}`);
        return found.slots;
      },
    };
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * Worker threads that read parts of ACLED exports side by side. Each part stays with the worker
 * that read it (its id index is not copied back), so later parts can be looked up in it.
 */
export class PartPool {
  private readonly workers: PartWorker[];
  private next = 0;
  private nextId = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => new PartWorker());
  }

  /** Reads a part on the next worker in turn. */
  read(request: AcledPartRequest, onProgress?: (bytes: number) => void): Promise<PartHandle> {
    const worker = this.workers[this.next % this.workers.length];
    this.next++;
    if (worker === undefined) return readPartHere(request, onProgress);
    return worker.read(this.nextId++, request, onProgress);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}
