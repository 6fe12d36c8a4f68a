/**
 * `pnpm bench`: the API's speed against Hono's hello world on the same machine in the same run,
 * then a 60-second soak that samples the server's RSS every second. Results are printed and
 * written to bench-results/latest.json (git-ignored).
 *
 * Targets: /v1/weekly and /v1/summary at ≥ 70 % of hello world's requests/s, p99 < 20 ms,
 * no errors or non-2xx; RSS flat during the soak. Each run also reports the server's CPU time
 * per request, and each API run is repeated against a bare server replaying the API's exact
 * response bytes, which separates the API's own cost from the cost of its payload.
 *
 * Environment: BENCH_DURATION (s, default 10), BENCH_SOAK (s, default 60),
 * BENCH_CONNECTIONS (default 50).
 */
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { load, type LoadResult } from './load.js';
import { rssKiB, startServer } from './processes.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const SOAK_S = Number(process.env.BENCH_SOAK ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGET_RATIO = 0.7;
const TARGET_P99_MS = 20;
/** What browsers and `curl --compressed` send. */
const BROWSER_ENCODING = 'gzip, deflate, br';

interface Check {
  readonly name: string;
  readonly ratio: number;
  readonly passed: boolean;
  readonly why: string[];
}

function check(run: LoadResult, hello: LoadResult): Check {
  const ratio = run.requestsPerSecond / hello.requestsPerSecond;
  const why: string[] = [];
  if (ratio < TARGET_RATIO) why.push(`${(ratio * 100).toFixed(0)} % of hello world < 70 %`);
  if (run.latencyP99Ms >= TARGET_P99_MS) why.push(`p99 ${run.latencyP99Ms} ms ≥ 20 ms`);
  if (run.errors > 0 || run.non2xx > 0) why.push(`${run.errors} errors, ${run.non2xx} non-2xx`);
  return { name: `${run.name} (${run.encoding})`, ratio, passed: why.length === 0, why };
}

/** Least-squares slope of RSS over time, KiB per minute. */
function slopeKiBPerMinute(samples: readonly { t: number; rssKiB: number }[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const mt = samples.reduce((sum, s) => sum + s.t, 0) / n;
  const mr = samples.reduce((sum, s) => sum + s.rssKiB, 0) / n;
  let num = 0;
  let den = 0;
  for (const s of samples) {
    num += (s.t - mt) * (s.rssKiB - mr);
    den += (s.t - mt) ** 2;
  }
  return den === 0 ? 0 : (num / den) * 60;
}

function row(run: LoadResult): string {
  return [
    `${run.name} [${run.encoding}]`.padEnd(52),
    String(run.requestsPerSecond).padStart(8),
    run.latencyP50Ms.toFixed(1).padStart(7),
    run.latencyP99Ms.toFixed(1).padStart(7),
    run.throughputMiBs.toFixed(1).padStart(8),
    `${run.errors}/${run.non2xx}`.padStart(10),
    run.serverCpuUsPerRequest.toFixed(1).padStart(12),
  ].join(' ');
}

/** Hop-by-hop and per-response headers a replay must not copy. */
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** A response exactly as sent: headers and the still-compressed body (fetch() would decode it). */
function record(
  url: string,
  encoding: string,
): Promise<{ headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = encoding === 'identity' ? {} : { 'accept-encoding': encoding };
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (!NOT_REPLAYED.has(name) && value !== undefined) {
            kept[name] = Array.isArray(value) ? value.join(', ') : value;
          }
        }
        resolve({ headers: kept, body: Buffer.concat(chunks) });
      });
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

async function main(): Promise<void> {
  const serverScript = join(ROOT, 'dist', 'server.js');
  if (!existsSync(serverScript)) {
    throw new Error('dist/server.js is missing: run `pnpm build` in apps/api first');
  }
  const runs: LoadResult[] = [];
  const options = { durationS: DURATION_S, connections: CONNECTIONS };

  // Hello world runs before and after the API runs, each server alone, and the baseline is
  // their mean: on a shared machine, load from other work drifts during a run.
  const helloWorld = async (): Promise<LoadResult> => {
    process.stderr.write(`hello world: ${DURATION_S} s, ${CONNECTIONS} connections\n`);
    const hello = await startServer([join(HERE, 'hello-server.mjs')], 8788, '/');
    const run = await load(
      { ...options, name: 'hello world', url: `${hello.url}/`, encoding: 'identity' },
      hello.pid,
    );
    await hello.stop();
    return run;
  };
  const helloBefore = await helloWorld();
  runs.push(helloBefore);

  const api = await startServer(
    [serverScript, '--no-access-log', '--host', '127.0.0.1'],
    8789,
    '/health',
  );
  const apiRuns: LoadResult[] = [];
  for (const encoding of ['identity', BROWSER_ENCODING]) {
    for (const path of ['/v1/weekly', '/v1/summary']) {
      process.stderr.write(`${path} [${encoding}]: ${DURATION_S} s\n`);
      apiRuns.push(
        await load({ ...options, name: path, url: `${api.url}${path}`, encoding }, api.pid),
      );
    }
  }
  runs.push(...apiRuns);

  // The same bytes from a server that does nothing else, for each API run: the part of the gap
  // to hello world that is the payload (body size, header count), not the API.
  const replayRuns: LoadResult[] = [];
  for (const run of apiRuns) {
    const recorded = await record(run.url, run.encoding);
    const file = join(tmpdir(), `blueline-replay-${String(process.pid)}.json`);
    await writeFile(
      file,
      JSON.stringify({ headers: recorded.headers, bodyBase64: recorded.body.toString('base64') }),
    );
    const replay = await startServer([join(HERE, 'replay-server.mjs')], 8790, '/', {
      REPLAY_FILE: file,
    });
    process.stderr.write(`same bytes as ${run.name} [${run.encoding}]: ${DURATION_S} s\n`);
    replayRuns.push(
      await load(
        {
          ...options,
          name: `same bytes as ${run.name}`,
          url: `${replay.url}/`,
          encoding: run.encoding,
        },
        replay.pid,
      ),
    );
    await replay.stop();
    await rm(file, { force: true });
  }
  runs.push(...replayRuns);

  process.stderr.write(`soak: /v1/weekly for ${SOAK_S} s, sampling RSS every second\n`);
  const samples: { t: number; rssKiB: number }[] = [];
  const started = Date.now();
  const soakDone = new AbortController();
  const sampler = (async () => {
    while (!soakDone.signal.aborted) {
      samples.push({ t: (Date.now() - started) / 1000, rssKiB: await rssKiB(api.pid) });
      await sleep(1000);
    }
  })();
  const soakRun = await load(
    {
      durationS: SOAK_S,
      connections: CONNECTIONS,
      name: '/v1/weekly soak',
      url: `${api.url}/v1/weekly`,
      encoding: BROWSER_ENCODING,
    },
    api.pid,
  );
  soakDone.abort();
  await sampler;
  const exitCode = await api.stop();
  const helloAfter = await helloWorld();
  runs.push(helloAfter);
  const baseline = {
    ...helloBefore,
    name: 'hello world (mean of before/after)',
    requestsPerSecond: Math.round(
      (helloBefore.requestsPerSecond + helloAfter.requestsPerSecond) / 2,
    ),
    serverCpuUsPerRequest:
      (helloBefore.serverCpuUsPerRequest + helloAfter.serverCpuUsPerRequest) / 2,
  };

  const rss = samples.map((sample) => sample.rssKiB);
  const meanMiB = (values: readonly number[]): number =>
    values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length) / 1024;
  const soak = {
    run: soakRun,
    samples: samples.length,
    firstMiB: (rss[0] ?? 0) / 1024,
    lastMiB: (rss[rss.length - 1] ?? 0) / 1024,
    maxMiB: Math.max(...rss) / 1024,
    minMiB: Math.min(...rss) / 1024,
    slopeMiBPerMinute: slopeKiBPerMinute(samples) / 1024,
    // Garbage collection makes RSS saw-tooth; means over the first and last 10 s show the trend.
    firstTenSecondsMeanMiB: meanMiB(rss.slice(0, 10)),
    lastTenSecondsMeanMiB: meanMiB(rss.slice(-10)),
    series: samples,
  };
  const checks = apiRuns.map((run) => check(run, baseline));

  const header = `${'run'.padEnd(52)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'MiB/s'.padStart(8)} ${'err/non2xx'.padStart(10)} ${'cpu µs/req'.padStart(12)}`;
  const lines = [
    header,
    ...runs.map(row),
    row(soakRun),
    `baseline: hello world mean ${baseline.requestsPerSecond} req/s`,
    '',
    ...checks.map(
      (c) =>
        `${c.passed ? 'PASS' : 'FAIL'} ${c.name}: ${(c.ratio * 100).toFixed(0)} % of hello world${c.why.length > 0 ? ` — ${c.why.join('; ')}` : ''}`,
    ),
    `RSS during soak (${soak.samples} samples): first ${soak.firstMiB.toFixed(1)} MiB, last ${soak.lastMiB.toFixed(1)} MiB, min ${soak.minMiB.toFixed(1)} MiB, max ${soak.maxMiB.toFixed(1)} MiB, slope ${soak.slopeMiBPerMinute.toFixed(2)} MiB/min; mean of first 10 s ${soak.firstTenSecondsMeanMiB.toFixed(1)} MiB, of last 10 s ${soak.lastTenSecondsMeanMiB.toFixed(1)} MiB`,
    ...apiRuns.map((run, index) => {
      const replay = replayRuns[index];
      if (replay === undefined) return '';
      return `${run.name} [${run.encoding}]: ${((run.requestsPerSecond / replay.requestsPerSecond) * 100).toFixed(0)} % of a bare server sending the same bytes (${replay.requestsPerSecond} req/s, ${replay.serverCpuUsPerRequest.toFixed(1)} µs CPU/req)`;
    }),
    `server CPU per request: hello world ${baseline.serverCpuUsPerRequest.toFixed(1)} µs; ${apiRuns.map((run) => `${run.name} [${run.encoding}] ${run.serverCpuUsPerRequest.toFixed(1)} µs`).join('; ')}`,
    `graceful shutdown exit code: ${String(exitCode)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const out = join(ROOT, 'bench-results', 'latest.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(
    out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: (await import('node:os')).cpus().length,
        settings: { durationS: DURATION_S, soakS: SOAK_S, connections: CONNECTIONS },
        runs,
        checks,
        sameBytes: apiRuns.map((run, index) => ({
          run: `${run.name} [${run.encoding}]`,
          ratio: run.requestsPerSecond / (replayRuns[index]?.requestsPerSecond ?? Number.NaN),
        })),
        soak,
        shutdownExitCode: exitCode,
      },
      null,
      2,
    )}\n`,
  );
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
