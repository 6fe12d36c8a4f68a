import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { InputError } from '@blueline/core';

/** Where a file first stops being valid UTF-8. */
export interface InvalidUtf8 {
  /** 0-based offset of the first byte that is not part of a valid UTF-8 sequence. */
  readonly byteOffset: number;
  /** 1-based line holding that byte. */
  readonly line: number;
  /** The offending byte. */
  readonly byte: number;
}

function countLineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/**
 * The offset, within `bytes`, of the first byte a strict decoder refuses. `bytes` must start on
 * a character boundary. Each U+FFFD a lenient decoder produces is either a replaced invalid
 * sequence or a genuine U+FFFD (bytes EF BF BD); the first that is not genuine is the fault.
 */
function firstInvalidByte(bytes: Buffer, final: boolean): number | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes, { stream: !final });
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    const offset = Buffer.byteLength(text.slice(0, at));
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) {
      return offset;
    }
  }
  // A truncated sequence at the very end of the file decodes to nothing with `stream: true`.
  const decodedBytes = Buffer.byteLength(text);
  return final && decodedBytes < bytes.length ? decodedBytes : null;
}

/**
 * How many bytes at the end of `bytes` begin a character that continues in the next chunk (0–3).
 * Only a lead byte whose sequence is longer than what follows it counts; anything malformed is
 * left in place for the validity check to refuse.
 */
function unfinishedTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/**
 * Finds the first invalid UTF-8 byte of a file, with its line, or `null` if the file is valid.
 * Run only once a strict decode has failed, so the normal path pays nothing for it.
 */
export async function locateInvalidUtf8(file: string): Promise<InvalidUtf8 | null> {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let offset = 0;
  let lines = 1;
  // Bytes of a character split across chunks, carried into the next one.
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(file)) {
    const bytes = Buffer.concat([carry, chunk as Buffer]);
    const start = offset - carry.length;
    try {
      strict.decode(chunk as Buffer, { stream: true });
    } catch {
      const at = firstInvalidByte(bytes, false) ?? 0;
      return {
        byteOffset: start + at,
        line: lines + countLineFeeds(bytes.subarray(0, at)),
        byte: bytes[at] ?? 0,
      };
    }
    const keep = unfinishedTail(bytes);
    lines += countLineFeeds(bytes.subarray(0, bytes.length - keep));
    carry = Buffer.from(bytes.subarray(bytes.length - keep));
    offset += (chunk as Buffer).length;
  }
  try {
    strict.decode();
  } catch {
    const at = firstInvalidByte(carry, true) ?? 0;
    return { byteOffset: offset - carry.length + at, line: lines, byte: carry[at] ?? 0 };
  }
  return null;
}

/** The error for a file that is not UTF-8: its file, line and byte offset, and what to do. */
export function invalidUtf8Error(file: string, found: InvalidUtf8): InputError {
  const hex = found.byte.toString(16).toUpperCase().padStart(2, '0');
  return new InputError(
    [
      {
        field: 'encoding',
        message: `invalid UTF-8 (byte 0x${hex} at byte offset ${found.byteOffset}); the file must be UTF-8: re-export it as UTF-8 or convert it (e.g. iconv -f latin1 -t utf-8)`,
      },
    ],
    { file, line: found.line },
  );
}

/**
 * Decodes a byte stream as strict UTF-8: a multi-byte character split across chunks is kept
 * whole, and an invalid byte fails the stream with {@link invalidUtf8Error} instead of being
 * replaced by U+FFFD. The byte-order mark is kept for the CSV reader to drop.
 *
 * Why not `TextDecoder` with `fatal: true`: its streaming decode costs about twice as much as
 * checking each chunk with `buffer.isUtf8` (simdutf) and decoding it with `Buffer#toString`,
 * which never meets an invalid byte once the check has passed.
 */
export class StrictUtf8Decoder extends Transform {
  /** The start of a character split across chunks, carried into the next one. */
  private carry: Buffer | null = null;

  constructor(private readonly file: string) {
    super({ decodeStrings: true, readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const bytes = this.carry === null ? chunk : Buffer.concat([this.carry, chunk]);
    const end = bytes.length - unfinishedTail(bytes);
    this.carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
    const whole = bytes.subarray(0, end);
    if (!isUtf8(whole)) {
      this.fail(done);
      return;
    }
    if (end > 0) this.push(whole.toString('utf8'));
    done();
  }

  override _flush(done: TransformCallback): void {
    // A character still unfinished at the end of the file is a truncated sequence.
    if (this.carry !== null) {
      this.fail(done);
      return;
    }
    done();
  }
  private fail(done: TransformCallback): void {
    locateInvalidUtf8(this.file).then(
      (found) => {
        done(
          found === null
            ? new InputError([{ field: 'encoding', message: 'invalid UTF-8' }], {
                file: this.file,
                line: 1,
              })
            : invalidUtf8Error(this.file, found),
        );
      },
      (error: unknown) => {
        done(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }
}
