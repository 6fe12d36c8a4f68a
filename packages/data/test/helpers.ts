import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRawDir } from '../src/paths.js';

/** A hand-made fixture under test/fixtures. */
export function fixture(...parts: string[]): string {
  return fileURLToPath(new URL(`fixtures/${parts.join('/')}`, import.meta.url));
}

/** Writes `content` to a new temporary file and returns its path. */
export async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'blueline-test-'));
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}

/** Whether `CI` asks for strictness. */
export function isCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * The raw directory, or `undefined` when it is absent, with a visible message. Under CI a
 * missing raw directory is an error, not a skip.
 */
export function rawDirOrSkip(suite: string): string | undefined {
  const dir = defaultRawDir();
  if (existsSync(dir)) return dir;
  if (isCi()) throw new Error(`${suite}: the raw data directory ${dir} is missing (CI=true)`);
  console.warn(
    `SKIPPED ${suite}: the raw data directory ${dir} is missing; set RAW_DATA_DIR to run it.`,
  );
  return undefined;
}
