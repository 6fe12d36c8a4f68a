import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '@blueline/core';

/**
 * The worker's code, as plain JavaScript so that it runs the same from `src/` (tsx) and
 * `dist/`: stream the file, hash it, post the hex digest and size.
 */
const WORKER_SOURCE = `
const { createHash } = require('node:crypto');
const { createReadStream } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const hash = createHash('sha256');
let bytes = 0;
createReadStream(workerData, { highWaterMark: 1 << 20 })
  .on('data', (chunk) => { hash.update(chunk); bytes += chunk.length; })
  .on('error', (error) => parentPort.postMessage({ error: String(error) }))
  .on('end', () => parentPort.postMessage({ sha256: hash.digest('hex'), bytes }));
`;

/**
 * A file's SHA-256 and size, computed on a worker thread. Why: hashing a large ACLED export on
 * the main thread costs about a tenth of the ingest; on a second core it overlaps with parsing.
 */
export function digestFileInWorker(file: string): Promise<SourceFile> {
  return new Promise((resolve, reject) => {
    // No inherited flags: `--input-type=module` would turn this CommonJS source into ESM.
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: file, execArgv: [] });
    worker.once('message', (message: { sha256?: string; bytes?: number; error?: string }) => {
      void worker.terminate();
      if (message.sha256 === undefined || message.bytes === undefined) {
        reject(new Error(`${file}: cannot hash the file: ${message.error ?? 'unknown error'}`));
      } else {
        resolve({ name: basename(file), sha256: message.sha256, bytes: message.bytes });
      }
    });
    worker.once('error', reject);
  });
}
