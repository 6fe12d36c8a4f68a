/**
 * Writes an ACLED-format CSV of any size by resampling the rows of a real export, each with a
 * new event id, so that the ingest benchmark sees real field shapes and value repetition. The
 * output goes to a temporary directory and is never committed: it is built from ACLED rows.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { toCsv } from '@blueline/core';
import Papa from 'papaparse';
import { z } from 'zod';

/** A small, seeded PRNG (mulberry32), so the sample is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `rows` rows sampled with replacement from `realFile` to `outFile`, with event ids
 * `SYN1`, `SYN2`, … Returns the number of bytes written.
 */
export async function generateAcledSample(
  realFile: string,
  outFile: string,
  rows: number,
  seed = 20241011,
): Promise<number> {
  const text = (await readFile(realFile, 'utf8')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const records = z.array(z.record(z.string(), z.string())).parse(parsed.data);
  const header = Object.keys(records[0] ?? {});
  if (records.length === 0 || !header.includes('event_id_cnty')) {
    throw new Error(`${realFile}: no ACLED rows to sample`);
  }
  const next = random(seed);
  const out = createWriteStream(outFile);
  let bytes = 0;
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(toCsv([], header).replace(/\r\n$/, '\n'));
  const batch = 5000;
  for (let done = 0; done < rows; done += batch) {
    const sample: Record<string, string>[] = [];
    for (let i = done; i < Math.min(rows, done + batch); i++) {
      const row = records[Math.floor(next() * records.length)] ?? {};
      sample.push({ ...row, event_id_cnty: `SYN${String(i + 1)}` });
    }
    // ACLED exports use LF line ends; drop the header line toCsv adds to every batch.
    const csv = toCsv(sample, header).replaceAll('\r\n', '\n');
    await write(csv.slice(csv.indexOf('\n') + 1));
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
