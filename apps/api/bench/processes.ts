/** Child processes for the benchmark: start a server, wait until it answers, sample its RSS. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** A server started for the benchmark. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly url: string;
  stop(): Promise<number | null>;
}

/** Starts `node <args>` and waits until `readyPath` answers 200. */
export async function startServer(
  args: readonly string[],
  port: number,
  readyPath: string,
  env: Readonly<Record<string, string>> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (child.pid === undefined) throw new Error(`could not start node ${args.join(' ')}`);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`node ${args.join(' ')} exited early`);
    try {
      const response = await fetch(`${url}${readyPath}`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`node ${args.join(' ')} never became ready`);
    await sleep(100);
  }
  const pid = child.pid;
  return {
    child,
    pid,
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve(child.exitCode);
          return;
        }
        child.once('exit', (code) => {
          resolve(code);
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resident set size of a process in KiB, from /proc/<pid>/status (Linux). */
export async function rssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (match === null) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]);
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on every Linux we run on). */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time a process has used so far (user + system), in ms, from /proc/<pid>/stat. Dividing the
 * difference over a run by its request count gives the server's CPU cost per request, which the
 * load generator's own limits cannot distort.
 */
export async function cpuTimeMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return ((user + system) / CLOCK_TICKS_PER_SECOND) * 1000;
}
