import { InputError, problemsFromZod, SNAPSHOT_FILES, type SnapshotFile } from '@blueline/core';
import { formatJson } from './format-json.js';
import { SNAPSHOT_SCHEMAS, type SnapshotContents } from './snapshot-contents.js';

/**
 * Validates every snapshot file with its core schema and serialises it. The schema's output is
 * what gets written, so keys come out in schema order.
 * @throws {InputError} naming the file and field of the first invalid file: an invalid
 * snapshot is never written.
 */
export function serializeSnapshot(contents: SnapshotContents): Map<SnapshotFile, string> {
  const files = new Map<SnapshotFile, string>();
  for (const file of SNAPSHOT_FILES) {
    const parsed = SNAPSHOT_SCHEMAS[file].safeParse(contents[file]);
    if (!parsed.success) {
      throw new InputError(problemsFromZod(parsed.error).slice(0, 20), { file, line: 0 });
    }
    files.set(file, formatJson(parsed.data));
  }
  return files;
}
