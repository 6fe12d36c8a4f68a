import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotFile } from '@blueline/core';
import { composeSnapshot, type BuildReport } from './compose-snapshot.js';
import { loadInputs, type BuildOptions } from './load-inputs.js';
import { serializeSnapshot } from './serialize.js';

/** A built snapshot: each file's text, and the build's report. */
export interface BuiltSnapshot {
  readonly files: ReadonlyMap<SnapshotFile, string>;
  readonly report: BuildReport;
}

/**
 * Builds the snapshot in memory: loads every raw source, composes the aggregates with core,
 * validates each file with its core schema and serialises it deterministically.
 */
export async function buildSnapshot(options: BuildOptions): Promise<BuiltSnapshot> {
  const inputs = await loadInputs(options);
  options.progress?.step('aggregates');
  const { contents, report } = composeSnapshot(inputs);
  options.progress?.step('validate and serialise');
  return { files: serializeSnapshot(contents), report };
}

/**
 * Writes a built snapshot into `outDir` (created if needed). Each file is written to a
 * temporary name and renamed, so a reader never sees half a file.
 * @returns each file's size in bytes.
 */
export async function writeSnapshot(
  snapshot: BuiltSnapshot,
  outDir: string,
): Promise<Map<SnapshotFile, number>> {
  await mkdir(outDir, { recursive: true });
  const sizes = new Map<SnapshotFile, number>();
  for (const [file, text] of snapshot.files) {
    const target = join(outDir, file);
    await writeFile(`${target}.tmp`, text);
    await rename(`${target}.tmp`, target);
    sizes.set(file, Buffer.byteLength(text));
  }
  return sizes;
}
