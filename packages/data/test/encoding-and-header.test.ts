import { readFile, writeFile } from 'node:fs/promises';
import { InputError } from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { loadAcled } from '../src/loaders/acled/load-acled.js';
import { Readable } from 'node:stream';
import { text as readText } from 'node:stream/consumers';
import { locateInvalidUtf8, StrictUtf8Decoder } from '../src/loaders/csv/utf8.js';
import { loadUcdp } from '../src/loaders/ucdp.js';
import { fixture, tempFile } from './helpers.js';

async function messageOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputError);
  return error instanceof Error ? error.message : '';
}

/** Occurrences of `needle` in `text`. */
function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('a file that is not UTF-8', () => {
  it('stops the ACLED loader with the file, line and byte offset, never loading replaced bytes', async () => {
    const file = fixture('acled', 'latin1.csv'); // a Latin-1 export: "Ty\xe9re"
    const offset = (await readFile(file)).indexOf(0xe9);
    expect(offset).toBeGreaterThan(0);
    expect(await messageOf(loadAcled([file]))).toBe(
      `${file}:2: encoding: invalid UTF-8 (byte 0xE9 at byte offset ${offset}); the file must be UTF-8: re-export it as UTF-8 or convert it (e.g. iconv -f latin1 -t utf-8)`,
    );
  });

  it('stops every loader on the shared CSV layer (UCDP here) the same way', async () => {
    const file = fixture('ucdp', 'latin1.csv');
    const offset = (await readFile(file)).indexOf(0xe9);
    expect(await messageOf(loadUcdp(file))).toMatch(
      new RegExp(`^${file}:2: encoding: invalid UTF-8 \\(byte 0xE9 at byte offset ${offset}\\)`),
    );
  });
});

/** Decodes `bytes` fed to the decoder in pieces of `size` bytes. */
function decodeInPieces(bytes: Buffer, size: number, file: string): Promise<string> {
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return readText(Readable.from(pieces).pipe(new StrictUtf8Decoder(file)));
}

describe('StrictUtf8Decoder', () => {
  // Two-, three- and four-byte characters, a genuine U+FFFD and a byte-order mark.
  const sample = Buffer.from('\uFEFFTyre, Tyr — صور, 𝔹eirut \uFFFD ok\n'.repeat(3), 'utf8');

  it('keeps characters split across chunks whole, at every chunk size', async () => {
    for (const size of [1, 2, 3, 5, 7, sample.length]) {
      expect(await decodeInPieces(sample, size, 'sample.csv')).toBe(sample.toString('utf8'));
    }
  });

  it('refuses a file that ends inside a character, and an invalid byte mid-stream', async () => {
    const truncated = await tempFile(
      'truncated.csv',
      Buffer.concat([sample, Buffer.from([0xf0, 0x9d])]),
    );
    const bytes = await readFile(truncated);
    await expect(decodeInPieces(bytes, 4, truncated)).rejects.toThrow(
      `${truncated}:4: encoding: invalid UTF-8 (byte 0xF0 at byte offset ${sample.length})`,
    );
    const latin1 = Buffer.concat([sample, Buffer.from('Ty\xe9re\n', 'latin1'), sample]);
    const invalid = await tempFile('mid-stream.csv', latin1);
    await expect(decodeInPieces(latin1, 3, invalid)).rejects.toThrow(
      `${invalid}:4: encoding: invalid UTF-8 (byte 0xE9 at byte offset ${sample.length + 2})`,
    );
  });
});

describe('locateInvalidUtf8', () => {
  it('returns null for valid UTF-8, including a genuine U+FFFD and a byte-order mark', async () => {
    const file = await tempFile('ok.csv', '\uFEFFa,b\n\uFFFD,é\n');
    expect(await locateInvalidUtf8(file)).toBeNull();
  });

  it('finds the first bad byte past read-chunk boundaries, after genuine U+FFFD characters', async () => {
    // 'é' is two bytes: 200,000 of them span several 64 KiB reads, splitting some characters.
    const head = Buffer.from(`x\n\uFFFD${'é'.repeat(200_000)}\nline three\n`, 'utf8');
    const bytes = Buffer.concat([head, Buffer.from([0x41, 0xe9, 0x42, 0x0a])]);
    const file = await tempFile('late.csv', '');
    await writeFile(file, bytes);
    expect(await locateInvalidUtf8(file)).toEqual({
      byteOffset: head.length + 1,
      line: 4,
      byte: 0xe9,
    });
  });

  it('finds a multi-byte sequence cut short at the end of the file', async () => {
    const bytes = Buffer.concat([Buffer.from('a\nb\n', 'utf8'), Buffer.from([0xe2, 0x82])]);
    const file = await tempFile('cut.csv', '');
    await writeFile(file, bytes);
    expect(await locateInvalidUtf8(file)).toEqual({ byteOffset: 4, line: 3, byte: 0xe2 });
  });
});

describe('header problems: one location, the right line', () => {
  it('names a missing ACLED column once, at line 1', async () => {
    const file = fixture('acled', 'missing-column.csv');
    const message = await messageOf(loadAcled([file]));
    expect(message).toBe(`${file}:1: header: missing required column(s): latitude`);
    expect(count(message, 'missing-column.csv')).toBe(1);
  });

  it('refuses a header-only ACLED export at line 1', async () => {
    const file = fixture('acled', 'header-only.csv');
    expect(await messageOf(loadAcled([file]))).toBe(
      `${file}:1: header: the file has a header but no data rows`,
    );
  });

  it('refuses a header-only file on the shared CSV layer at line 1', async () => {
    const file = fixture('ucdp', 'header-only.csv');
    expect(await messageOf(loadUcdp(file))).toBe(
      `${file}:1: header: the file has a header but no data rows`,
    );
  });

  it('names a missing UCDP column once, at line 1', async () => {
    const file = fixture('ucdp', 'missing-column.csv');
    const message = await messageOf(loadUcdp(file));
    expect(message).toBe(`${file}:1: header: missing required column(s): where_prec`);
  });
});
