/**
 * Opens the incident index for an operator's ACLED export(s), building it on first use. The
 * index is reused while the exports' SHA-256, the Blue Line and the index layout are unchanged,
 * so restarts over a multi-gigabyte export cost one hash pass, not a reload.
 */
import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  createBlueLineMeasure,
  incidentRecord,
  type Incident,
  type Position,
  type RowCounts,
  type SourceFile,
} from '@blueline/core';
import { buildIncidentDatabase, readIncidentMeta } from './build.js';
import { SCHEMA_VERSION } from './sqlite-schema.js';
import { SqliteIncidentStore } from './sqlite-store.js';
import type { IncidentStoreInfo } from './store.js';

/** One loaded ACLED event: a core incident and the ACLED fields the record keeps. */
export interface LoadedAcledEvent {
  readonly incident: Incident;
  readonly eventType: string;
  readonly country: string;
}

/** What the ACLED loader (from `@blueline/data`) gives back. */
export interface LoadedAcled {
  readonly events: Iterable<LoadedAcledEvent>;
  readonly counts: RowCounts;
  readonly files: readonly SourceFile[];
  readonly coverage: { readonly from: string; readonly to: string } | null;
}

/** Loads ACLED exports; injected so the server wires `@blueline/data` and tests can too. */
export type AcledLoader = (files: readonly string[]) => Promise<LoadedAcled>;

/** How to open the index. */
export interface OpenIncidentsOptions {
  /** The operator's ACLED export files. */
  readonly files: readonly string[];
  readonly load: AcledLoader;
  /** The Blue Line the distances are measured from (GeoJSON positions, coast to Hermon). */
  readonly blueLine: readonly Position[];
  /** Where to keep the index; default: next to the first export, else the temp dir. */
  readonly directory?: string;
  /** Progress messages (one line each). */
  readonly log?: (message: string) => void;
  /**
   * SHA-256 digests of files that must never be indexed — the project's own raw inputs, whose
   * rows it may not republish — with the reason given when one is passed.
   */
  readonly refuse?: { readonly sha256: ReadonlySet<string>; readonly reason: string };
}

/** An opened index and whether it was built now or reused. */
export interface OpenedIncidents {
  readonly store: SqliteIncidentStore;
  readonly path: string;
  readonly reused: boolean;
}

async function describeFile(path: string): Promise<SourceFile> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
  }
  const { size } = await stat(path);
  return { name: basename(path), sha256: hash.digest('hex'), bytes: size };
}

async function writable(directory: string): Promise<boolean> {
  try {
    await access(directory, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function indexDirectory(options: OpenIncidentsOptions): Promise<string> {
  if (options.directory !== undefined) return options.directory;
  const first = options.files[0];
  const beside = first === undefined ? tmpdir() : dirname(first);
  return (await writable(beside)) ? beside : tmpdir();
}

/** Opens (building if needed) the index for `options.files`. */
export async function openIncidentStore(options: OpenIncidentsOptions): Promise<OpenedIncidents> {
  const log = options.log ?? (() => undefined);
  const files = await Promise.all(options.files.map(describeFile));
  files.forEach((file, index) => {
    if (options.refuse?.sha256.has(file.sha256) === true) {
      throw new Error(`${options.files[index] ?? file.name}: ${options.refuse.reason}`);
    }
  });
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify({
        schema: SCHEMA_VERSION,
        files: files.map((file) => file.sha256),
        blueLine: options.blueLine,
      }),
    )
    .digest('hex');
  const directory = await indexDirectory(options);
  const path = join(directory, `${files[0]?.name ?? 'acled'}.incidents.sqlite`);

  const meta = readIncidentMeta(path);
  if (meta?.fingerprint === fingerprint && meta.info !== undefined) {
    log(`incidents: reusing ${path} (exports unchanged)`);
    const info = JSON.parse(meta.info) as IncidentStoreInfo;
    return { store: new SqliteIncidentStore(path, info), path, reused: true };
  }

  log(`incidents: loading ${options.files.join(', ')}`);
  const loaded = await options.load(options.files);
  const blueLine = createBlueLineMeasure(options.blueLine);
  const records = (function* () {
    for (const event of loaded.events) yield incidentRecord(event, blueLine);
  })();
  const info: IncidentStoreInfo = {
    files: loaded.files,
    rows: loaded.counts,
    coverage: loaded.coverage,
  };
  const count = buildIncidentDatabase(path, records, {
    fingerprint,
    info: JSON.stringify(info),
  });
  log(`incidents: indexed ${count} events into ${path}`);
  return { store: new SqliteIncidentStore(path, info), path, reused: false };
}
