import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotFile } from '@blueline/core';
import type { BuiltSnapshot } from './build.js';

/** How a rebuilt snapshot differs from a committed one. */
export interface SnapshotDifference {
  readonly file: SnapshotFile;
  readonly problem: 'missing' | 'different';
  /** 1-based number of the first differing line, for `different`. */
  readonly line?: number;
}

/**
 * Compares a freshly built snapshot with the files in `dir`, byte for byte.
 * @returns the differing files; empty when the snapshot is reproduced exactly.
 */
export async function compareSnapshot(
  built: BuiltSnapshot,
  dir: string,
): Promise<SnapshotDifference[]> {
  const differences: SnapshotDifference[] = [];
  for (const [file, text] of built.files) {
    const committed = await readFile(join(dir, file), 'utf8').catch(() => null);
    if (committed === null) {
      differences.push({ file, problem: 'missing' });
    } else if (committed !== text) {
      differences.push({ file, problem: 'different', line: firstDifferentLine(committed, text) });
    }
  }
  return differences;
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) return i + 1;
  }
  return 0;
}
