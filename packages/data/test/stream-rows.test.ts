import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { streamCsvRows } from '../src/loaders/csv/stream-rows.js';

async function rowsOf(text: string, options = {}): Promise<{ fields: string[]; line: number }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'stream-rows-'));
  const file = join(dir, 'in.csv');
  await writeFile(file, text);
  const rows: { fields: string[]; line: number }[] = [];
  await streamCsvRows(file, (fields, line) => rows.push({ fields, line }), options);
  return rows;
}

describe('streamCsvRows', () => {
  it('reports the line each record starts on, counting line breaks inside quotes', async () => {
    const rows = await rowsOf('a,b\n1,"two\nlines"\n\n3,"x\r\ny"\r\n4,z\n');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 5, 7]);
    expect(rows[1]?.fields).toEqual(['1', 'two\nlines']);
    expect(rows[2]?.fields).toEqual(['3', 'x\r\ny']);
  });

  it('drops a byte-order mark and blank lines, and unescapes doubled quotes', async () => {
    const rows = await rowsOf('\uFEFFid,note\n\nA1,"say ""hi"", twice"\n');
    expect(rows.map((row) => row.fields)).toEqual([
      ['id', 'note'],
      ['A1', 'say "hi", twice'],
    ]);
  });

  it('keeps multi-byte characters that straddle a read-chunk boundary', async () => {
    // The reader pulls 256 KiB at a time; 'é' is two bytes, so some of them are split.
    const long = 'é'.repeat(700_000);
    const rows = await rowsOf(`x\n${long}\n`);
    expect(rows[1]?.fields[0]).toBe(long);
  });

  it('reads tab-separated text without quoting when asked', async () => {
    const rows = await rowsOf('name\talt\nTyre\t"Sour\n', { delimiter: '\t', quote: false });
    expect(rows[1]?.fields).toEqual(['Tyre', '"Sour']);
  });

  it('fails on a quote that is never closed, naming the file', async () => {
    await expect(rowsOf('a,b\n1,"open\n2,3\n')).rejects.toThrow(InputError);
    await expect(rowsOf('a,b\n1,"open\n2,3\n')).rejects.toThrow(/in\.csv:\d+: .*malformed CSV/);
  });
});
