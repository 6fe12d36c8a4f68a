/**
 * `pnpm bench`: Lighthouse 12.2.3 (mobile, its default simulated throttling) against the built
 * story served by `vite preview` — the server `./run start` uses — with Debian chromium. Three
 * runs; the median of each metric is printed against the targets and written, with every run,
 * to bench-results/lighthouse.json, each full report in bench-results/reports/ (git-ignored). A benchmark, not a test: it reports, and it
 * exits non-zero only when Lighthouse itself fails.
 *
 * "Before the first scroll" is Lighthouse's total byte weight: every request the page makes
 * while it loads in a 412×823 mobile viewport, no scrolling.
 *
 * Environment: BENCH_RUNS (default 3), CHROMIUM_PATH (default /usr/bin/chromium), BENCH_URL
 * (measure an already running server instead of starting one).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { preview } from 'vite';

const APP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIGHTHOUSE_BIN = join(APP_DIR, 'node_modules/lighthouse/cli/index.js');
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const run = promisify(execFile);

interface Target {
  readonly label: string;
  readonly audit: (report: LighthouseReport) => number;
  readonly format: (value: number) => string;
  readonly passes: (value: number) => boolean;
  readonly goal: string;
}

interface LighthouseReport {
  readonly lighthouseVersion: string;
  readonly userAgent: string;
  readonly categories: Record<string, { readonly score: number | null }>;
  readonly audits: Record<string, { readonly numericValue?: number }>;
}

const score = (category: string) => (report: LighthouseReport) =>
  Math.round((report.categories[category]?.score ?? Number.NaN) * 100);
const metric = (audit: string) => (report: LighthouseReport) =>
  report.audits[audit]?.numericValue ?? Number.NaN;
const ms = (value: number): string => `${Math.round(value)} ms`;
const plain = (value: number): string => String(value);

const TARGETS: readonly Target[] = [
  {
    label: 'performance',
    audit: score('performance'),
    format: plain,
    passes: (v) => v >= 95,
    goal: '≥ 95',
  },
  {
    label: 'accessibility',
    audit: score('accessibility'),
    format: plain,
    passes: (v) => v === 100,
    goal: '100',
  },
  {
    label: 'best practices',
    audit: score('best-practices'),
    format: plain,
    passes: (v) => v === 100,
    goal: '100',
  },
  { label: 'SEO', audit: score('seo'), format: plain, passes: (v) => v === 100, goal: '100' },
  {
    label: 'FCP',
    audit: metric('first-contentful-paint'),
    format: ms,
    passes: () => true,
    goal: '—',
  },
  {
    label: 'LCP',
    audit: metric('largest-contentful-paint'),
    format: ms,
    passes: (v) => v <= 2500,
    goal: '≤ 2500 ms',
  },
  {
    label: 'TBT',
    audit: metric('total-blocking-time'),
    format: ms,
    passes: (v) => v <= 200,
    goal: '≤ 200 ms',
  },
  {
    label: 'CLS',
    audit: metric('cumulative-layout-shift'),
    format: (v) => v.toFixed(3),
    passes: (v) => v === 0,
    goal: '0',
  },
  { label: 'speed index', audit: metric('speed-index'), format: ms, passes: () => true, goal: '—' },
  {
    label: 'bytes before first scroll',
    audit: metric('total-byte-weight'),
    format: (v) => `${(v / 1000).toFixed(1)} KB`,
    passes: (v) => v <= 300_000,
    goal: '≤ 300 KB',
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function lighthouse(url: string, outputPath: string): Promise<LighthouseReport> {
  await run(
    process.execPath,
    [
      LIGHTHOUSE_BIN,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outputPath}`,
      '--disable-full-page-screenshot',
      '--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-gpu --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(await readFile(outputPath, 'utf8')) as LighthouseReport;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No chromium at ${CHROMIUM_PATH}`);
  let url = process.env['BENCH_URL'];
  let server: Awaited<ReturnType<typeof preview>> | undefined;
  if (url === undefined) {
    if (!existsSync(join(APP_DIR, 'build/index.html'))) {
      throw new Error('build/index.html is missing: run `vite build` first');
    }
    server = await preview({
      root: APP_DIR,
      logLevel: 'error',
      preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    });
    url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('vite preview did not report a URL');
  }
  const scratch = join(APP_DIR, 'bench-results', 'reports');
  await mkdir(scratch, { recursive: true });
  const conditions = {
    url,
    runs: RUNS,
    cores: cpus().length,
    loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
    node: process.version,
  };
  console.log(`Lighthouse, mobile default throttling, ${String(RUNS)} runs against ${url}`);
  console.log(
    `load average at start: ${conditions.loadAverageAtStart.join(' ')} on ${String(conditions.cores)} cores`,
  );
  const reports: LighthouseReport[] = [];
  try {
    for (let index = 0; index < RUNS; index += 1) {
      const report = await lighthouse(url, join(scratch, `run-${String(index)}.json`));
      reports.push(report);
      console.log(
        `run ${String(index + 1)}: ${TARGETS.map((target) => `${target.label} ${target.format(target.audit(report))}`).join(', ')}`,
      );
    }
  } finally {
    await server?.close();
  }
  const first = reports[0];
  const rows = TARGETS.map((target) => {
    const value = median(reports.map(target.audit));
    return {
      metric: target.label,
      median: value,
      shown: target.format(value),
      goal: target.goal,
      met: target.passes(value),
    };
  });
  console.log(`\nLighthouse ${first?.lighthouseVersion ?? '?'} — medians of ${String(RUNS)} runs`);
  console.table(
    rows.map(({ metric: name, shown, goal, met }) => ({ metric: name, median: shown, goal, met })),
  );
  const out = join(APP_DIR, 'bench-results');
  await mkdir(out, { recursive: true });
  await writeFile(
    join(out, 'lighthouse.json'),
    `${JSON.stringify(
      {
        conditions: {
          ...conditions,
          loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(2))),
          userAgent: first?.userAgent,
        },
        medians: rows,
        runs: reports.map((report) =>
          Object.fromEntries(TARGETS.map((target) => [target.label, target.audit(report)])),
        ),
      },
      null,
      2,
    )}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
