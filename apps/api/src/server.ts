/**
 * The server: flags, the snapshot, optionally the operator's incident index, a socket, and a
 * graceful shutdown. Everything the API answers is decided in app.ts.
 */
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { parseServerArgs, USAGE, type ServerArgs } from './cli/args.js';
import { stdoutSink } from './http/access-log.js';
import type { IncidentStore } from './incidents/store.js';
import { openOperatorIncidents } from './incidents/operator.js';
import type * as Loader from './snapshot/load.js';
import type { ApiSnapshot } from './snapshot/types.js';

/** Grace period for in-flight requests before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

function logLine(message: string): void {
  process.stderr.write(`${message}\n`);
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    // Keep-alive sockets with no request in flight would hold close() open until they time out.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}

/**
 * The snapshot, through `@blueline/data`. Imported here rather than at the top because the
 * package imports its JSON files statically: without a built snapshot that import itself fails,
 * and the operator should read what to do, not a module-resolution trace.
 */
async function snapshotOrExplain(): Promise<ApiSnapshot> {
  let load: typeof Loader;
  try {
    load = await import('./snapshot/load.js');
  } catch (error) {
    throw new Error(
      'Could not read the @blueline/data snapshot (packages/data/snapshot). Build it with `pnpm data:build` at the repository root.',
      { cause: error },
    );
  }
  return load.loadApiSnapshot();
}

async function main(args: ServerArgs): Promise<void> {
  const snapshot = await snapshotOrExplain();
  let incidents: IncidentStore | undefined;
  if (args.acled.length > 0) {
    incidents = await openOperatorIncidents(args.acled, snapshot, args.incidentsDir, logLine);
  }
  const app = createApp({
    snapshot,
    ...(incidents === undefined ? {} : { incidents }),
    accessLog: args.accessLog ? stdoutSink : false,
  });
  const server = serve({ fetch: app.fetch, port: args.port, hostname: args.host }, (info) => {
    const host = info.address.includes(':') ? `[${info.address}]` : info.address;
    logLine(`blueline api listening on http://${host}:${info.port} (pid ${process.pid})`);
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logLine(`${signal}: closing (finishing in-flight requests)`);
    const timer = setTimeout(() => {
      logLine('shutdown timed out; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    void closeServer(server).then(() => {
      incidents?.close();
      logLine('closed');
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
}

let args: ServerArgs;
try {
  args = parseServerArgs(process.argv.slice(2), process.env);
} catch (error) {
  logLine(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(USAGE);
} else {
  main(args).catch((error: unknown) => {
    logLine(error instanceof Error ? error.message : String(error));
    const cause: unknown = error instanceof Error ? error.cause : undefined;
    if (cause instanceof Error) logLine(`cause: ${cause.message}`);
    process.exit(1);
  });
}
