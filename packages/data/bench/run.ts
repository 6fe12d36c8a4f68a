/**
 * `pnpm bench`: times a full snapshot rebuild from the raw directory, and the ingest of a
 * 1,000,000-row ACLED-format CSV (resampled from the real export into a temporary directory,
 * never committed) in a child process, reading its peak RSS. The ingest runs the compiled
 * package (`dist/`, rebuilt first) in plain Node, as the CLI and the API run it. Prints the
 * results and writes them to bench-results/latest.json (git-ignored).
 *
 * Targets: rebuild < 15 s; ingest ≥ 200,000 rows/s with peak memory < 500 MB.
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
const TARGETS = { rebuildSeconds: 15, rowsPerSecond: 200_000, maxRssMb: 500 };

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
async function timeIngest(file: string) {
  const loader = pathToFileURL(join(packageDir, 'dist', 'loaders', 'acled', 'load-acled.js'));
  const script = `
    import { loadAcled } from ${JSON.stringify(loader.href)};
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const load = await loadAcled([${JSON.stringify(file)}]);
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

const rawDir = defaultRawDir();
const scratch = await mkdtemp(join(tmpdir(), 'blueline-bench-'));
try {
  await compile();
  const rebuildSeconds = await timeRebuild(rawDir, scratch);
  const sample = join(scratch, 'acled-resampled.csv');
  const bytes = await generateAcledSample(rawPath(rawDir, 'acled'), sample, ROWS);
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await timeIngest(sample));
  runs.sort((a, b) => a.seconds - b.seconds);
  const ingest = runs[Math.floor(RUNS / 2)] ?? runs[0];
  if (ingest === undefined) throw new Error('no ingest run');
  const results = {
    node: process.version,
    rebuild: { seconds: rebuildSeconds, target: `< ${TARGETS.rebuildSeconds} s` },
    ingest: {
      ...ingest,
      runs: runs.map((run) => ({ seconds: run.seconds, maxRssMb: run.maxRssMb })),
      peakMaxRssMb: Math.max(...runs.map((run) => run.maxRssMb)),
      fileMb: bytes / 1e6,
      target: `>= ${TARGETS.rowsPerSecond} rows/s, peak RSS < ${TARGETS.maxRssMb} MB`,
    },
    pass: {
      rebuild: rebuildSeconds < TARGETS.rebuildSeconds,
      throughput: ingest.rowsPerSecond >= TARGETS.rowsPerSecond,
      memory: Math.max(...runs.map((run) => run.maxRssMb)) < TARGETS.maxRssMb,
    },
  };
  const outDir = join(packageDir, 'bench-results');
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    [
      `full rebuild from ${rawDir}: ${rebuildSeconds.toFixed(2)} s (target < ${TARGETS.rebuildSeconds} s)`,
      `ACLED ingest, ${ingest.rows.toLocaleString('en')} rows (${(bytes / 1e6).toFixed(0)} MB), median of ${RUNS} runs: ${ingest.seconds.toFixed(2)} s (${ingest.cpuSeconds.toFixed(2)} s CPU), ${Math.round(ingest.rowsPerSecond).toLocaleString('en')} rows/s (target ≥ ${TARGETS.rowsPerSecond.toLocaleString('en')}); runs ${runs.map((run) => `${run.seconds.toFixed(2)} s`).join(', ')}; peak RSS ${Math.max(...runs.map((run) => run.maxRssMb)).toFixed(0)} MB (target < ${TARGETS.maxRssMb})`,
      `written to ${join(outDir, 'latest.json')}`,
      '',
    ].join('\n'),
  );
  if (!Object.values(results.pass).every(Boolean)) process.exitCode = 1;
} finally {
  await rm(scratch, { recursive: true, force: true });
}
