import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import {
  InputError,
  RowTally,
  STUDY_PERIOD,
  type RowCounts,
  type SourceFile,
} from '@blueline/core';
import Papa from 'papaparse';
import { digestFileInWorker } from '../file-digest-worker.js';
import { assertReadable } from '../files.js';
import { IssueLog } from '../issue-log.js';
import type { AcledPartRequest } from './acled-part.js';
import { PartPool, readPartHere, type PartHandle } from './acled-part-pool.js';
import { AcledEventStore, ColumnReader } from './acled-store.js';
import { layoutAcledHeader } from './subset-columns.js';

/** Options for {@link loadAcled}. */
export interface LoadAcledOptions {
  /** Dates to keep (inclusive); rows outside are rejected as `out-of-period`. */
  readonly period?: { readonly from: string; readonly to: string };
  /** Called with the bytes read so far, for a progress bar. */
  readonly onProgress?: (bytes: number) => void;
  /**
   * Worker threads to read large files with, side by side; 0 reads everything on this thread.
   * Default: the machine's available parallelism, at most {@link MAX_THREADS}.
   */
  readonly threads?: number;
  /** Files at least this large are split into one part per thread (default 16 MB). */
  readonly splitBytes?: number;
}

/** The result of loading one or more ACLED exports. */
export interface AcledLoad {
  /** Kept events: valid, the newest version of each event id, inside the period. */
  readonly store: AcledEventStore;
  /** Rows read, kept and rejected by reason; reconciled. */
  readonly counts: RowCounts;
  readonly files: SourceFile[];
  /** First and last day of data inside the period; `null` when nothing was kept. */
  readonly coverage: { readonly from: string; readonly to: string } | null;
  /** The first problems found, one line each (`file:line: field: message`). */
  readonly issues: readonly string[];
  /** Ids of valid rows flagged `late_claim_batch` (only files with that column have any). */
  readonly lateClaimIds: ReadonlySet<string>;
  /** How many parts the files were read in (one per file read in a single pass). */
  readonly parts: number;
}

const MAX_THREADS = 4;
const SPLIT_BYTES = 16 * 1024 * 1024;
/** How far past a split point to look for the next line end. */
const SEEK_BYTES = 1024 * 1024;

async function readBytes(file: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Splits a large file into byte ranges of whole lines, one per part, with the header for the
 * parts after the first. A split may still fall inside a quoted field that spans lines: the part
 * before it then ends in an open quote and fails, and the file is read again whole. Returns a
 * single whole-file part when the file is small, or its header is not a plain first line with
 * every required column (the whole-file read then reports the problem exactly).
 */
async function planParts(file: string, size: number, parts: number): Promise<AcledPartRequest[]> {
  const whole = [{ file }];
  if (parts < 2) return whole;
  const head = await readBytes(file, 0, Math.min(size, SEEK_BYTES));
  const headerEnd = head.indexOf(0x0a);
  if (headerEnd < 0) return whole;
  const headerLine = head
    .subarray(0, headerEnd)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(headerLine, { delimiter: ',', quoteChar: '"' });
  const header = parsed.data[0];
  if (parsed.errors.length > 0 || parsed.data.length !== 1 || header === undefined) return whole;
  try {
    layoutAcledHeader(file, header);
  } catch {
    return whole;
  }
  const starts = [0];
  for (let part = 1; part < parts; part++) {
    const target = Math.floor((size * part) / parts);
    const previous = starts[starts.length - 1] ?? 0;
    if (target <= previous) continue;
    const window = await readBytes(file, target, SEEK_BYTES);
    const lineEnd = window.indexOf(0x0a);
    if (lineEnd < 0 || target + lineEnd + 1 >= size) break;
    starts.push(target + lineEnd + 1);
  }
  if (starts.length < 2) return whole;
  return starts.map((start, index) => {
    const range = { start, end: starts[index + 1] ?? size };
    return index === 0 ? { file, range } : { file, range, header };
  });
}

/**
 * Streams ACLED CSV exports (ACLED's standard columns, any countries, any size) into core
 * incidents.
 *
 * Rows are validated with core's `AcledRowSchema`; a bad field rejects the row as
 * `invalid:<field>`, and a row with the wrong number of fields as `invalid:record`. Repeated
 * `event_id_cnty` values, within or across files, keep the row with the newest `timestamp`; the
 * other is rejected as `duplicate-older` (or `duplicate-same-timestamp` on a tie, where the
 * first row read wins). Rows dated outside the period are rejected last, as `out-of-period`,
 * so an out-of-period revision still supersedes its older version. Every row read is counted
 * once: `read = kept + rejected`.
 *
 * A large file is read in parts on worker threads, side by side: each part validates its rows
 * and de-duplicates them within itself; the parts are then merged in file order, replaying each
 * repeated id's timestamps against the parts before, so the outcome (events, their order, every
 * count and problem line) is the one a single pass would give.
 *
 * @throws {InputError} when a file is missing, unreadable, not UTF-8 (with the line and byte
 * offset), structurally broken, empty or header-only, or lacks a required column (named in the
 * message, at line 1).
 */
export async function loadAcled(
  files: readonly string[],
  options: LoadAcledOptions = {},
): Promise<AcledLoad> {
  const period = options.period ?? STUDY_PERIOD;
  const threads = options.threads ?? Math.min(availableParallelism(), MAX_THREADS);
  const splitBytes = options.splitBytes ?? SPLIT_BYTES;
  // The first part read on this thread becomes the store (its events need no copying).
  let store: AcledEventStore | undefined;
  const tally = new RowTally();
  const issues = new IssueLog();
  const sources: SourceFile[] = [];
  const lateClaimIds = new Set<string>();
  const seen: { first: string | null; last: string | null } = { first: null, last: null };
  /** Parts merged so far, and where each of their slots went in `store`. */
  const merged: { handle: PartHandle; slotIn: Int32Array }[] = [];
  let pool: PartPool | undefined;
  let bytesBefore = 0;

  try {
    for (const file of files) {
      await assertReadable(file);
      // Hashed on another thread while the parts are read.
      const digest = digestFileInWorker(file);
      const size = (await stat(file)).size;
      const requests = await planParts(file, size, size >= splitBytes ? threads : 1);
      const progress = new Array<number>(requests.length).fill(0);
      const report = (index: number) => (bytes: number) => {
        progress[index] = bytes;
        options.onProgress?.(bytesBefore + progress.reduce((sum, one) => sum + one, 0));
      };
      let handles: PartHandle[];
      if (requests.length === 1) {
        handles = [await readPartHere({ file }, report(0))];
      } else {
        // This thread reads the first part while workers read the others.
        pool ??= new PartPool(threads - 1);
        const reading = pool;
        try {
          handles = await Promise.all(
            requests.map((request, index) =>
              index === 0
                ? readPartHere(request, report(index))
                : reading.read(request, report(index)),
            ),
          );
        } catch {
          // A split inside a quoted field, or a problem in the file: read it whole, which gives
          // either the events or the exact error a single pass gives.
          handles = [await readPartHere({ file }, report(0))];
        }
      }
      bytesBefore += size;

      let lineOffset = 0;
      let headed = false;
      let rows = 0;
      for (const handle of handles) {
        const part = handle.part;
        headed ||= part.headed;
        rows += part.rows;
        for (const id of part.lateClaimIds) lateClaimIds.add(id);
        for (const issue of part.issues) {
          issues.add(file, issue.line + lineOffset, issue.field, issue.message);
        }
        issues.skip(part.issueTotal - part.issues.length);
        lineOffset += part.lineBreaks;
        for (let row = 0; row < part.rows; row++) tally.readRow();
        for (const [reason, count] of Object.entries(part.invalid)) {
          for (let row = 0; row < count; row++) tally.reject(reason);
        }
        if (part.first !== null && (seen.first === null || part.first < seen.first)) {
          seen.first = part.first;
        }
        if (part.last !== null && (seen.last === null || part.last > seen.last)) {
          seen.last = part.last;
        }
        store ??= handle.store ?? new AcledEventStore();
        merged.push({ handle, slotIn: await mergePart(handle, merged, store, tally) });
      }
      if (!headed) issues.fail(file, 'the file is empty (no header)');
      if (rows === 0) {
        throw new InputError(
          [{ field: 'header', message: 'the file has a header but no data rows' }],
          { file, line: 1 },
        );
      }
      sources.push(await digest);
    }
  } finally {
    await pool?.close();
  }

  store ??= new AcledEventStore();
  for (let slot = 0; slot < store.slots; slot++) {
    const date = store.dateAt(slot);
    if (store.isLive(slot) && (date < period.from || date > period.to)) {
      store.drop(slot);
      tally.unkeep('out-of-period');
    }
  }

  const coverage =
    seen.first === null || seen.last === null
      ? null
      : {
          from: seen.first > period.from ? seen.first : period.from,
          to: seen.last < period.to ? seen.last : period.to,
        };
  return {
    store,
    counts: tally.counts(),
    files: sources,
    coverage: coverage !== null && coverage.from <= coverage.to ? coverage : null,
    issues: issues.lines(),
    lateClaimIds,
    parts: merged.length,
  };
}

/**
 * Merges one part's events into `store`, after the parts already merged: an id new to the
 * store gets the next slot; an id held already has each of its rows in this part replayed
 * against the stored version (newest timestamp wins, the first row on a tie), counting every
 * superseded or rejected row as a single pass would. Returns where each of the part's slots went.
 */
async function mergePart(
  handle: PartHandle,
  before: readonly { handle: PartHandle; slotIn: Int32Array }[],
  store: AcledEventStore,
  tally: RowTally,
): Promise<Int32Array> {
  const columns = handle.part.columns;
  const slotIn = new Int32Array(columns.count).fill(-1);
  // Earlier parts are asked side by side; the earliest that holds an id has its stored slot.
  const found = await Promise.all(before.map((earlier) => earlier.handle.find(columns.ids)));
  found.forEach((slots, index) => {
    const earlierSlots = before[index]?.slotIn;
    if (earlierSlots === undefined) return;
    for (let slot = 0; slot < columns.count; slot++) {
      const there = slots[slot] ?? -1;
      if ((slotIn[slot] ?? -1) < 0 && there >= 0) slotIn[slot] = earlierSlots[there] ?? -1;
    }
  });
  const repeats = new Map(handle.part.repeats.map((repeat) => [repeat.slot, repeat.timestamps]));
  const reader = new ColumnReader(columns);
  for (let slot = 0; slot < columns.count; slot++) {
    const timestamps = repeats.get(slot) ?? [columns.timestamps[slot] ?? 0];
    let target = slotIn[slot] ?? -1;
    let rows = timestamps;
    let newest: number;
    if (target < 0) {
      // The store may be this part's own (the first part, read here): its slots are in place.
      target = store === handle.store ? slot : store.append(reader, slot);
      slotIn[slot] = target;
      tally.keep();
      newest = timestamps[0] ?? 0;
      rows = timestamps.slice(1);
    } else {
      newest = store.timestampAt(target);
    }
    let superseded = false;
    for (const timestamp of rows) {
      if (timestamp > newest) {
        tally.keep();
        tally.unkeep('duplicate-older');
        newest = timestamp;
        superseded = true;
      } else {
        tally.reject(timestamp === newest ? 'duplicate-same-timestamp' : 'duplicate-older');
      }
    }
    // The part holds its first row with its newest timestamp: the row a single pass keeps.
    if (superseded && slotIn[slot] !== -1 && store.timestampAt(target) < newest) {
      store.replace(target, reader, slot);
    }
  }
  return slotIn;
}
