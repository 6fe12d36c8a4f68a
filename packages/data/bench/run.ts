/**
 * `pnpm bench`: times a full snapshot rebuild from the raw directory, and the ingest of a
 * 1,000,000-row ACLED-format CSV (resampled from the real export into a temporary directory,
 * never committed) side by side with DuckDB's `read_csv` on the same file — what an analyst
 * would otherwise use — each run in its own child process, reading its peak RSS. The ingest
 * runs the compiled package (`dist/`, rebuilt first) in plain Node, as the CLI and the API run
 * it, once as shipped (parts on worker threads) and once in a single pass on one thread. Runs are
 * interleaved (DuckDB, loader, single pass; three rounds) so that a busy machine weighs on all
 * alike, and the medians are compared. Prints the results and writes them to
 * bench-results/latest.json (git-ignored).
 *
 * Targets: rebuild < 15 s; ingest throughput ≥ 0.5× DuckDB's `read_csv` (all columns as text,
 * 2 threads) with peak memory < 500 MB.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';
import { buildSnapshot, writeSnapshot } from '../src/pipeline/build.js';
import { rawPath } from '../src/pipeline/raw-layout.js';
import { defaultRawDir, packageDir } from '../src/paths.js';
import { generateAcledSample } from './generate-acled.js';

const ROWS = Number(process.env.BENCH_ACLED_ROWS ?? 1_000_000);
const TARGETS = { rebuildSeconds: 15, ratioToDuckdb: 0.5, maxRssMb: 500 };

const IngestResultSchema = z.object({
  rows: z.number(),
  kept: z.number(),
  seconds: z.number(),
  rowsPerSecond: z.number(),
  cpuSeconds: z.number(),
  maxRssMb: z.number(),
});

/** Ingest runs; the median is reported, since a shared machine's load varies run to run. */
const RUNS = 3;

const DuckdbResultSchema = z.object({
  rows: z.number(),
  seconds: z.number(),
  maxRssMb: z.number(),
});

async function timeRebuild(rawDir: string, scratch: string): Promise<number> {
  const started = performance.now();
  await writeSnapshot(await buildSnapshot({ rawDir }), join(scratch, 'snapshot'));
  return (performance.now() - started) / 1000;
}

/** Compiles the package, so the ingest measures the code as shipped. */
async function compile(): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: packageDir,
  });
}

/**
 * One ingest in a fresh Node process: `maxRSS` then covers that ingest alone, and the process
 * exits with it.
 */
async function timeIngest(file: string, options: { threads?: number } = {}) {
  const loader = pathToFileURL(join(packageDir, 'dist', 'loaders', 'acled', 'load-acled.js'));
  const script = `
    import { loadAcled } from ${JSON.stringify(loader.href)};
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const load = await loadAcled([${JSON.stringify(file)}], ${JSON.stringify(options)});
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    console.log(JSON.stringify({
      rows: load.counts.read,
      kept: load.counts.kept,
      seconds,
      rowsPerSecond: load.counts.read / seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }));`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '--eval', script],
    { cwd: packageDir, maxBuffer: 1 << 20 },
  );
  return IngestResultSchema.parse(JSON.parse(stdout));
}

/**
 * DuckDB's CSV reader on the same file, in a fresh process: every column read as text into a
 * table (so every field is parsed and kept, as the loader does), on 2 threads.
 */
async function timeDuckdb(file: string) {
  const duckdb = pathToFileURL(createRequire(import.meta.url).resolve('@duckdb/node-api'));
  const script = `
    import { DuckDBInstance } from ${JSON.stringify(duckdb.href)};
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const connection = await instance.connect();
    const started = performance.now();
    const file = ${JSON.stringify(file)}.replaceAll("'", "''");
    const reader = await connection.runAndReadAll(
      "CREATE TABLE events AS SELECT * FROM read_csv('" + file + "', all_varchar = true, header = true); " +
        'SELECT count(*)::INTEGER FROM events',
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(JSON.stringify({
      rows: reader.getRows()[0][0],
      seconds,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }));`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '--eval', script],
    { cwd: packageDir, maxBuffer: 1 << 20 },
  );
  return DuckdbResultSchema.parse(JSON.parse(stdout));
}

function median<T>(runs: readonly T[], key: (run: T) => number): T {
  const sorted = [...runs].sort((a, b) => key(a) - key(b));
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('no runs');
  return middle;
}

const rawDir = defaultRawDir();
const scratch = await mkdtemp(join(tmpdir(), 'blueline-bench-'));
try {
  await compile();
  const rebuildSeconds = await timeRebuild(rawDir, scratch);
  const sample = join(scratch, 'acled-resampled.csv');
  const bytes = await generateAcledSample(rawPath(rawDir, 'acled'), sample, ROWS);
  const duckdbRuns = [];
  const runs = [];
  const singleRuns = [];
  for (let run = 0; run < RUNS; run++) {
    duckdbRuns.push(await timeDuckdb(sample));
    runs.push(await timeIngest(sample));
    singleRuns.push(await timeIngest(sample, { threads: 0 }));
  }
  const duckdb = median(duckdbRuns, (run) => run.seconds);
  const ingest = median(runs, (run) => run.seconds);
  const single = median(singleRuns, (run) => run.seconds);
  if (duckdb.rows !== ingest.rows) {
    throw new Error(`DuckDB read ${duckdb.rows} rows, the loader ${ingest.rows}`);
  }
  const duckdbRowsPerSecond = duckdb.rows / duckdb.seconds;
  const ratio = ingest.rowsPerSecond / duckdbRowsPerSecond;
  const singleRatio = single.rowsPerSecond / duckdbRowsPerSecond;
  const peak = Math.max(...runs.map((run) => run.maxRssMb));
  const singlePeak = Math.max(...singleRuns.map((run) => run.maxRssMb));
  const results = {
    node: process.version,
    rebuild: { seconds: rebuildSeconds, target: `< ${TARGETS.rebuildSeconds} s` },
    duckdb: {
      ...duckdb,
      rowsPerSecond: duckdbRowsPerSecond,
      runs: duckdbRuns.map((run) => ({ seconds: run.seconds, maxRssMb: run.maxRssMb })),
    },
    ingest: {
      ...ingest,
      ratioToDuckdb: ratio,
      runs: runs.map((run) => ({ seconds: run.seconds, maxRssMb: run.maxRssMb })),
      peakMaxRssMb: peak,
      fileMb: bytes / 1e6,
      target: `>= ${TARGETS.ratioToDuckdb}x DuckDB read_csv, peak RSS < ${TARGETS.maxRssMb} MB`,
    },
    singlePass: {
      ...single,
      ratioToDuckdb: singleRatio,
      runs: singleRuns.map((run) => ({ seconds: run.seconds, maxRssMb: run.maxRssMb })),
      peakMaxRssMb: singlePeak,
    },
    pass: {
      rebuild: rebuildSeconds < TARGETS.rebuildSeconds,
      throughput: ratio >= TARGETS.ratioToDuckdb,
      memory: peak < TARGETS.maxRssMb,
    },
  };
  const outDir = join(packageDir, 'bench-results');
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    [
      `full rebuild from ${rawDir}: ${rebuildSeconds.toFixed(2)} s (target < ${TARGETS.rebuildSeconds} s)`,
      `ACLED-format file: ${ingest.rows.toLocaleString('en')} rows (${(bytes / 1e6).toFixed(0)} MB); median of ${RUNS} interleaved runs each`,
      `  DuckDB read_csv (all text, 2 threads): ${duckdb.seconds.toFixed(2)} s, ${Math.round(duckdbRowsPerSecond).toLocaleString('en')} rows/s; runs ${duckdbRuns.map((run) => `${run.seconds.toFixed(2)} s`).join(', ')}`,
      `  loadAcled (as shipped): ${ingest.seconds.toFixed(2)} s (${ingest.cpuSeconds.toFixed(2)} s CPU), ${Math.round(ingest.rowsPerSecond).toLocaleString('en')} rows/s = ${ratio.toFixed(2)}× DuckDB (target ≥ ${TARGETS.ratioToDuckdb}); runs ${runs.map((run) => `${run.seconds.toFixed(2)} s`).join(', ')}; peak RSS ${peak.toFixed(0)} MB (target < ${TARGETS.maxRssMb})`,
      `  loadAcled (single pass, one thread): ${single.seconds.toFixed(2)} s, ${Math.round(single.rowsPerSecond).toLocaleString('en')} rows/s = ${singleRatio.toFixed(2)}× DuckDB; peak RSS ${singlePeak.toFixed(0)} MB`,
      `written to ${join(outDir, 'latest.json')}`,
      '',
    ].join('\n'),
  );
  if (!Object.values(results.pass).every(Boolean)) process.exitCode = 1;
} finally {
  await rm(scratch, { recursive: true, force: true });
}
