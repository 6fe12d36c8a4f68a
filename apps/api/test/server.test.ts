/**
 * The real server process: flags, the access log on stdout, raw HTTP a client might send that
 * never reaches app.request(), bring-your-own-data mode end to end, the guard against indexing
 * the project's own ACLED input, and graceful shutdown. Skipped without the committed snapshot.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRawDir } from '@blueline/data/node';
import { rawPath } from '@blueline/data/pipeline';
import { snapshotPresent } from './real-snapshot.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'acled-fixture.csv');
const present = snapshotPresent;

interface Running {
  readonly child: ChildProcess;
  readonly port: number;
  readonly stdout: string[];
  readonly stderr: string[];
}

/** Starts src/server.ts with tsx and waits for its "listening" line. */
function start(args: readonly string[]): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src', 'server.ts'), ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stdout: string[] = [];
  const stderr: string[] = [];
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr.push(chunk);
      const match = /listening on http:\/\/[^\s]+:(\d+)/.exec(stderr.join(''));
      if (match !== null) resolve({ child, port: Number(match[1]), stdout, stderr });
    });
    child.once('exit', (code) => {
      reject(new Error(`server exited with ${String(code)}: ${stderr.join('')}`));
    });
  });
}

/** Sends raw bytes and returns the head (status line and headers) of the reply. */
function rawHead(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      reply += chunk;
      const end = reply.indexOf('\r\n\r\n');
      if (end >= 0) {
        socket.destroy();
        resolve(reply.slice(0, end));
      }
    });
    socket.on('error', reject);
  });
}

/** Sends raw bytes and returns the status code of the reply. */
function raw(port: number, request: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      reply += chunk;
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(reply);
      if (match !== null) {
        socket.destroy();
        resolve(Number(match[1]));
      }
    });
    socket.on('error', reject);
    socket.on('close', () => {
      if (!/^HTTP/.test(reply)) reject(new Error(`no HTTP reply to ${JSON.stringify(request)}`));
    });
  });
}

function exit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else
      child.once('exit', (code) => {
        resolve(code);
      });
  });
}

describe.skipIf(!present)('the server process', () => {
  let directory: string;
  let server: Running;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'blueline-api-server-'));
    server = await start([
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--acled',
      FIXTURE,
      '--incidents-dir',
      directory,
    ]);
  });

  afterAll(() => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  });

  it('serves the snapshot and, with --acled, the operator’s incidents', async () => {
    const health = (await (await fetch(`http://127.0.0.1:${server.port}/health`)).json()) as {
      incidents: boolean;
    };
    expect(health.incidents).toBe(true);
    const page = await fetch(`http://127.0.0.1:${server.port}/v1/incidents?side=israel&limit=3`);
    expect(page.status).toBe(200);
    const body = (await page.json()) as { incidents: unknown[]; next: string | null };
    expect(body.incidents).toHaveLength(3);
    expect(body.next).not.toBeNull();
  });

  it('writes one JSON access-log line per request to stdout', async () => {
    await fetch(`http://127.0.0.1:${server.port}/v1/phases`);
    // The line may reach this process a little after the response: wait for it, however long.
    const lastLine = () => server.stdout.join('').trim().split('\n').at(-1) ?? '';
    while (!lastLine().includes('/v1/phases')) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const lines = server.stdout.join('').trim().split('\n');
    const last = JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, unknown>;
    expect(last).toMatchObject({ method: 'GET', path: '/v1/phases', status: 200 });
    expect(typeof last.durationMs).toBe('number');
    expect(last.bytes).toBeGreaterThan(0);
  });

  it('negotiates coding and answers If-None-Match from Node’s raw headers', async () => {
    const get = (headers: string) =>
      rawHead(server.port, `GET /v1/weekly HTTP/1.1\r\nHost: x\r\n${headers}\r\n`);
    const br = await get('Accept-Encoding: gzip, br\r\n');
    expect(br).toMatch(/^content-encoding: br$/im);
    const etag = /^etag: (.+)$/im.exec(br)?.[1] ?? '';
    expect(etag).toMatch(/\.br"$/);
    expect(await get(`If-None-Match: ${etag}\r\n`)).toMatch(/^HTTP\/1\.1 304/);
    expect(await get('ACCEPT-ENCODING: gzip\r\n')).toMatch(/^content-encoding: gzip$/im);
    // A header sent twice counts as one list.
    expect(await get('Accept-Encoding: identity\r\nAccept-Encoding: br\r\n')).toMatch(
      /^content-encoding: br$/im,
    );
    expect(await get('')).not.toMatch(/^content-encoding/im);
  });

  it.each([
    ['a double slash', 'GET //v1/weekly HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a bare percent', 'GET /v1/weekly?side=% HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['an absolute-form target', 'GET http://evil.example/v1/weekly HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['an asterisk target', 'GET * HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['overlong UTF-8', 'GET /v1/geo/%C0%AF HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['no Host header', 'GET /v1/weekly HTTP/1.0\r\n\r\n'],
    ['a bad Host header', 'GET /v1/weekly HTTP/1.1\r\nHost: a b\r\n\r\n'],
    ['a huge URL', `GET /v1/weekly?side=${'a'.repeat(4000)} HTTP/1.1\r\nHost: x\r\n\r\n`],
    ['a body on GET', 'GET /v1/weekly HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello'],
  ])('answers %s without a 5xx', async (_, request) => {
    const status = await raw(server.port, request);
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(500);
  });

  it('closes gracefully on SIGTERM with an idle keep-alive connection open, exiting 0', async () => {
    const socket = connect(server.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    await new Promise((resolve) => socket.once('data', resolve));
    server.child.kill('SIGTERM');
    expect(await exit(server.child)).toBe(0);
    expect(server.stderr.join('')).toContain('closed');
    socket.destroy();
  });
});

// The project's own ACLED input, wherever this machine keeps the raw data (RAW_DATA_DIR).
const sharedAcled = rawPath(defaultRawDir(), 'acled');

describe.skipIf(!present || !existsSync(sharedAcled))('the project-input guard', () => {
  it('refuses to index the project’s own ACLED input, and exits non-zero', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src', 'server.ts'), '--port', '0', '--acled', sharedAcled],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    expect(await exit(child)).toBe(1);
    expect(stderr).toContain('one of the project’s own raw inputs');
  });
});
