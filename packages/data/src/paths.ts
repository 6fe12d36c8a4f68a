import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package directory, found from this module's own location (one level below it in both
 * `src/` and `dist/`), never from the working directory.
 */
export const packageDir = fileURLToPath(new URL('../', import.meta.url));

/** The committed snapshot: `packages/data/snapshot/`. */
export const snapshotDir = join(packageDir, 'snapshot');

/** The monorepo root. */
export const repoRoot = join(packageDir, '..', '..');

/**
 * Where the raw sources live: `RAW_DATA_DIR` if set, else `<repo root>/../shared/data/raw`.
 */
export function defaultRawDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.RAW_DATA_DIR;
  return fromEnv !== undefined && fromEnv.trim() !== ''
    ? fromEnv
    : join(repoRoot, '..', 'shared', 'data', 'raw');
}

/** The path of one snapshot file in the committed snapshot. */
export function snapshotPath(file: string): string {
  return join(snapshotDir, file);
}
