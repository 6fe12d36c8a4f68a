/**
 * `pnpm bench:incidents`: builds an incident index of N synthetic records (default 2,000,000;
 * BENCH_INCIDENTS=N) and times page queries for each kind of filter, first page and deep pages.
 * Then, end to end, writes an ACLED-format CSV of BENCH_INCIDENTS_CSV rows (default 1,000,000;
 * 0 to skip) by resampling the hand-made test fixture with new ids, and times the first start
 * (hash + `@blueline/data` loader + index) and a restart (hash only, index reused).
 * Synthetic data only, never ACLED rows.
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIncidentDatabase } from '../src/incidents/build.js';
import { openIncidentStore } from '../src/incidents/open.js';
import { acledLoader, blueLineOf } from '../src/incidents/operator.js';
import { loadApiSnapshot } from '../src/snapshot/load.js';
import { SqliteIncidentStore } from '../src/incidents/sqlite-store.js';
import type { IncidentQuery } from '../src/incidents/store.js';
import { BENCH_QUERIES, records } from './synthetic-incidents.js';

const COUNT = Number(process.env.BENCH_INCIDENTS ?? 2_000_000);
function time(label: string, store: SqliteIncidentStore, query: IncidentQuery, pages = 5): void {
  const timings: number[] = [];
  let current: IncidentQuery = query;
  let rows = 0;
  for (let page = 0; page < pages; page++) {
    const started = performance.now();
    const result = store.query(current);
    timings.push(performance.now() - started);
    rows += result.incidents.length;
    if (result.next === null) break;
    current = { ...query, after: result.next };
  }
  const worst = Math.max(...timings);
  if (process.env.BENCH_PLANS === '1') {
    process.stdout.write(`  plan: ${store.plan(query).join(' | ')}\n`);
  }
  process.stdout.write(
    `${label.padEnd(44)} first ${(timings[0] ?? 0).toFixed(1).padStart(7)} ms   worst of ${String(timings.length)} pages ${worst.toFixed(1).padStart(7)} ms   rows ${String(rows)}\n`,
  );
}

const CSV_ROWS = Number(process.env.BENCH_INCIDENTS_CSV ?? 1_000_000);
const FIXTURE = join(import.meta.dirname, '..', 'test', 'fixtures', 'acled-fixture.csv');

/** Writes `rows` fixture rows, cycled, each with a fresh event id. */
async function writeSyntheticExport(path: string, rows: number): Promise<void> {
  const [header = '', ...lines] = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  for (let i = 0; i < rows; i++) {
    const line = lines[i % lines.length] ?? '';
    const text = `SYN${String(i)}${line.slice(line.indexOf(','))}\n`;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function endToEnd(directory: string): Promise<void> {
  const csv = join(directory, 'synthetic-export.csv');
  await writeSyntheticExport(csv, CSV_ROWS);
  const blueLine = blueLineOf(loadApiSnapshot());
  const open = () => openIncidentStore({ files: [csv], load: acledLoader, blueLine, directory });
  let started = performance.now();
  const first = await open();
  const built = (performance.now() - started) / 1000;
  const rows = first.store.info.rows;
  first.store.close();
  started = performance.now();
  const again = await open();
  const reopened = (performance.now() - started) / 1000;
  again.store.close();
  process.stdout.write(
    `end to end: ${String(CSV_ROWS)}-row export (${(statSync(csv).size / 2 ** 20).toFixed(0)} MiB) — first start ${built.toFixed(1)} s (read ${String(rows.read)}, kept ${String(rows.kept)}), restart ${reopened.toFixed(1)} s (reused: ${String(again.reused)}); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`,
  );
}

const directory = mkdtempSync(join(tmpdir(), 'blueline-incidents-bench-'));
const path = join(directory, 'bench.sqlite');
try {
  const started = performance.now();
  const count = buildIncidentDatabase(path, records(COUNT), { fingerprint: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `built ${String(count)} records in ${seconds.toFixed(1)} s (${(statSync(path).size / 2 ** 20).toFixed(0)} MiB)\n`,
  );
  const store = new SqliteIncidentStore(path, {
    files: [],
    rows: { read: count, kept: count, rejected: {} },
    coverage: null,
  });
  for (const [label, query] of BENCH_QUERIES) time(label, store, query);
  store.close();
  if (CSV_ROWS > 0) await endToEnd(directory);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
