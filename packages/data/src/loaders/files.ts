import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError, type SourceFile } from '@blueline/core';

/**
 * Fails with a clear message, naming the file, if it cannot be read. Loaders call it first so a
 * missing file stops the build instead of yielding an empty series.
 */
export async function assertReadable(file: string): Promise<void> {
  try {
    await access(file, constants.R_OK);
  } catch {
    throw new InputError([{ field: 'file', message: 'is missing or unreadable' }], {
      file,
      line: 0,
    });
  }
}

/** Accumulates a file's SHA-256 and size while it is being streamed for parsing. */
export class FileDigest {
  private readonly hash = createHash('sha256');
  private bytes = 0;

  constructor(private readonly file: string) {}

  /** Adds the next chunk of the file. */
  update(chunk: Buffer): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
  }

  /** The file's provenance record: base name (machines differ in directory), hash and size. */
  result(): SourceFile {
    return { name: basename(this.file), sha256: this.hash.digest('hex'), bytes: this.bytes };
  }
}

/** SHA-256 and size of a whole file, for inputs read in one piece (JSON, GeoJSON). */
export async function describeFile(file: string): Promise<SourceFile> {
  await assertReadable(file);
  const digest = new FileDigest(file);
  for await (const chunk of createReadStream(file)) digest.update(chunk as Buffer);
  return digest.result();
}
