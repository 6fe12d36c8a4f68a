import { open } from 'node:fs/promises';
import { InputError } from '@blueline/core';
import Papa from 'papaparse';
import { assertReadable } from '../loaders/files.js';

/** Which alert history a file holds. */
export type AlertFileKind = 'official' | 'cumta';

/**
 * Tells an official HFC history file (`data, date, time, …, category`) from a Cumta relay file
 * (`datetime, locality, …, threat_type`) by its header.
 * @throws {InputError} naming the file when the header is neither.
 */
export async function detectAlertFile(file: string): Promise<AlertFileKind> {
  await assertReadable(file);
  const handle = await open(file, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const header = Papa.parse<string[]>(firstLine.replace(/^\uFEFF/, '')).data[0] ?? [];
  const has = (...columns: string[]) => columns.every((column) => header.includes(column));
  if (has('data', 'date', 'time', 'category')) return 'official';
  if (has('datetime', 'locality', 'threat_type')) return 'cumta';
  throw new InputError(
    [
      {
        field: 'header',
        message:
          'is neither an official HFC history (data, date, time, category) nor a Cumta relay (datetime, locality, threat_type)',
      },
    ],
    { file, line: 1 },
  );
}
