/**
 * Writes the incident index: all rows in one transaction into bare tables, indexes built
 * afterwards, into a temporary file renamed into place only when complete — a crash mid-build
 * never leaves a half-built index that a later start would reuse.
 */
import { renameSync, rmSync } from 'node:fs';
import type { IncidentRecord } from '@blueline/core';
import Database from 'better-sqlite3';
import {
  CREATE_INDEXES,
  CREATE_TABLES,
  GRID_CELLS_PER_DEGREE,
  INSERT_BOX,
  INSERT_GRID,
  INSERT_INCIDENT,
} from './sqlite-schema.js';

/** Rows per transaction: big enough to amortise commits, small enough to bound the journal. */
const BATCH = 50_000;

/** Builds the index at `path` from `records`, storing `meta` alongside. Returns the row count. */
export function buildIncidentDatabase(
  path: string,
  records: Iterable<IncidentRecord>,
  meta: Readonly<Record<string, string>>,
): number {
  const temporary = `${path}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  const db = new Database(temporary);
  try {
    // The file is rebuilt from the export on any failure, so durability during the build buys
    // nothing; these make a multi-million-row load several times faster.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    // 64 MiB of page cache: index sorts need room, but the loader already holds the export.
    db.pragma('cache_size = -65536');
    db.exec(CREATE_TABLES);
    const insertIncident = db.prepare(INSERT_INCIDENT);
    const insertBox = db.prepare(INSERT_BOX);
    const grid = new Map<string, number>();
    const insertBatch = db.transaction((batch: readonly IncidentRecord[], first: number) => {
      batch.forEach((record, offset) => {
        const n = first + offset;
        insertIncident.run({ ...record, n });
        insertBox.run(n, record.lon, record.lon, record.lat, record.lat);
        const cell = `${Math.floor(record.lon * GRID_CELLS_PER_DEGREE)},${Math.floor(record.lat * GRID_CELLS_PER_DEGREE)}`;
        grid.set(cell, (grid.get(cell) ?? 0) + 1);
      });
    });
    let count = 0;
    let batch: IncidentRecord[] = [];
    for (const record of records) {
      batch.push(record);
      if (batch.length === BATCH) {
        insertBatch(batch, count + 1);
        count += batch.length;
        batch = [];
      }
    }
    insertBatch(batch, count + 1);
    count += batch.length;
    const insertGrid = db.prepare(INSERT_GRID);
    db.transaction(() => {
      for (const [cell, cellCount] of grid) {
        const [gx = 0, gy = 0] = cell.split(',').map(Number);
        insertGrid.run(gx, gy, cellCount);
      }
    })();
    db.exec(CREATE_INDEXES);
    const insertMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    db.transaction(() => {
      for (const [key, value] of Object.entries(meta)) insertMeta.run(key, value);
    })();
    db.close();
    renameSync(temporary, path);
    return count;
  } catch (error) {
    if (db.open) db.close();
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The meta table of an index, or `null` if the file is missing or not an index. */
export function readIncidentMeta(path: string): Record<string, string> | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db
      .prepare<[], { key: string; value: string }>('SELECT key, value FROM meta')
      .all();
    return Object.fromEntries(rows.map((row) => [row.key, row.value]));
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
