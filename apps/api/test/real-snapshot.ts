/**
 * The committed snapshot for the tests that need real numbers. `@blueline/data` imports its
 * JSON files statically, so it is only imported once they are known to exist; without them
 * those tests skip and say why.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotDir } from '@blueline/data/node';
import type { ApiSnapshot } from '../src/snapshot/types.js';

/** Where the committed snapshot lives. */
export const SNAPSHOT_DIR = snapshotDir;

/** Whether the snapshot has been built. */
export const snapshotPresent = existsSync(join(snapshotDir, 'weekly.json'));

/** Loads the real snapshot through the API's own loader. */
export async function loadRealSnapshot(): Promise<ApiSnapshot> {
  const { loadApiSnapshot } = await import('../src/snapshot/load.js');
  return loadApiSnapshot();
}
