/**
 * `pnpm bench`: runs both benchmarks on data resampled from the real raw files, prints a table
 * and writes `bench-results/latest.json` (git-ignored).
 *
 * Environment: `RAW_DATA_DIR` (default `<repo>/../shared/data/raw`), `BENCH_N` (default
 * 1,000,000 points and incidents), `BENCH_RUNS` (default 11 timed aggregation runs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRawInputs, MissingRawData, rawDataDir, type RawInputs } from './data.js';
import { type DistanceBenchResult, runDistanceBench } from './distance.js';
import { runWeeklyBench, type WeeklyBenchResult } from './weekly.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const RESULTS_DIR = join(HERE, '..', 'bench-results');

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name}=${raw} is not a positive integer`);
  return value;
}

function table(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const [head, ...body] = rows;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
/** Metres, in exponent form below a millimetre so that tiny differences do not print as 0. */
const metres = (value: number): string =>
  value !== 0 && value < 1e-3 ? `${value.toExponential(2)} m` : `${value.toFixed(4)} m`;
const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');

function report(distance: DistanceBenchResult, weekly: WeeklyBenchResult): string {
  return [
    '',
    `(a) Distance to the Blue Line, ${distance.points.toLocaleString('en')} points`,
    table([
      ['measure', 'value', 'target', 'result'],
      ['core createBlueLineMeasure (median of 5)', ms(distance.coreMs), '', ''],
      [
        distance.turfExtrapolated
          ? `turf geodesic (${distance.turfPoints.toLocaleString('en')} measured, extrapolated)`
          : 'turf geodesic',
        ms(distance.turfMs),
        '',
        '',
      ],
      [
        'speed ratio turf / core',
        `${distance.speedRatio.toFixed(1)}×`,
        '≥ 10×',
        verdict(distance.speedRatio >= 10),
      ],
      ['max |core − turf|', metres(distance.maxDiffM), '≤ 10 m', verdict(distance.maxDiffM <= 10)],
      ['mean |core − turf|', metres(distance.meanDiffM), '', ''],
    ]),
    '',
    `(b) Weekly aggregation, ${weekly.incidents.toLocaleString('en')} incidents → ${weekly.groups} (week, side, source) rows, median of ${weekly.runs} runs`,
    table([
      ['measure', 'value', 'target', 'result'],
      ['core aggregateWeeklyColumns (columns)', ms(weekly.coreMs), '', ''],
      [`DuckDB GROUP BY (${weekly.duckdbThreads} threads, columns)`, ms(weekly.duckdbMs), '', ''],
      ['core aggregateWeekly (row objects, converts)', ms(weekly.coreObjectsMs), '', 'info'],
      [
        'best run: core / DuckDB',
        `${ms(Math.min(...weekly.coreTimesMs))} / ${ms(Math.min(...weekly.duckdbTimesMs))}`,
        '',
        '',
      ],
      [
        'DuckDB / core',
        `${weekly.coreSpeedup.toFixed(2)}×`,
        '≥ 1×',
        verdict(weekly.coreMs <= weekly.duckdbMs),
      ],
      [
        'same rows (counts equal, stats ±1e-9)',
        weekly.sameRows ? 'yes' : 'no',
        'yes',
        verdict(weekly.sameRows),
      ],
      ['max statistic difference', `${weekly.maxStatDiff.toExponential(2)} km`, '≤ 1e-9', ''],
    ]),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const n = positiveInt('BENCH_N', 1_000_000);
  const runs = positiveInt('BENCH_RUNS', 11);
  const environment = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  const out = join(RESULTS_DIR, 'latest.json');

  let inputs: RawInputs;
  try {
    inputs = loadRawInputs();
  } catch (error) {
    if (!(error instanceof MissingRawData)) throw error;
    console.log(`Benchmarks skipped: ${error.message}`);
    writeFileSync(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), environment, skipped: error.message }, null, 2)}\n`,
    );
    return;
  }
  console.log(`Raw data: ${rawDataDir()}`);
  console.log(
    `Resampling from ${inputs.acled.length.toLocaleString('en')} ACLED events and ${inputs.alertAreas.length} alert areas north of 32.4° N; Blue Line of ${inputs.blueLine.length} points`,
  );
  const log = (line: string): void => {
    console.log(line);
  };
  console.log('\n(a) distance…');
  const distance = runDistanceBench(inputs, n, log);
  console.log('\n(b) weekly aggregation…');
  const weekly = await runWeeklyBench(inputs, n, runs, log);
  console.log(report(distance, weekly));

  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), environment, seedNote: 'seeded PRNG (mulberry32): same points every run', distance, weekly }, null, 2)}\n`,
  );
  console.log(`Wrote ${out}`);
}

await main();
