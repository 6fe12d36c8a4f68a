/** One autocannon run, reduced to the numbers the report needs. */
import autocannon from 'autocannon';
import { cpuTimeMs } from './processes.js';

/** The numbers of one run. */
export interface LoadResult {
  readonly name: string;
  readonly url: string;
  readonly encoding: string;
  readonly durationS: number;
  readonly connections: number;
  readonly requestsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly latencyMaxMs: number;
  readonly throughputMiBs: number;
  readonly requests: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** The server's CPU time (user + system) per request answered, µs. */
  readonly serverCpuUsPerRequest: number;
}

/** Options of a run. */
export interface LoadOptions {
  readonly name: string;
  readonly url: string;
  readonly durationS: number;
  readonly connections: number;
  /** `Accept-Encoding` to send; `identity` sends none. */
  readonly encoding: string;
}

/** Runs autocannon against one URL served by process `pid`. */
export async function load(options: LoadOptions, pid: number): Promise<LoadResult> {
  const cpuBefore = await cpuTimeMs(pid);
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    headers: options.encoding === 'identity' ? {} : { 'accept-encoding': options.encoding },
  });
  return {
    name: options.name,
    url: options.url,
    encoding: options.encoding,
    durationS: options.durationS,
    connections: options.connections,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    throughputMiBs: Math.round((result.throughput.average / 2 ** 20) * 10) / 10,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverCpuUsPerRequest:
      Math.round((((await cpuTimeMs(pid)) - cpuBefore) * 1000 * 10) / result.requests.total) / 10,
  };
}
