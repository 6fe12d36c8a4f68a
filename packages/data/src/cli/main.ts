#!/usr/bin/env node
/**
 * The `@blueline/data` command line: `build` writes the snapshot from the raw sources, `check`
 * rebuilds it into a temporary directory and fails if it differs from the committed one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@blueline/core';
import { buildSnapshot, writeSnapshot } from '../pipeline/build.js';
import { compareSnapshot } from '../pipeline/check.js';
import { assertRawDir } from '../pipeline/load-inputs.js';
import { defaultRawDir, snapshotDir } from '../paths.js';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args.js';
import { terminalProgress } from './progress.js';
import { formatSummary } from './report.js';

function isCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

async function build(args: CliArgs): Promise<number> {
  const rawDir = args.raw ?? defaultRawDir();
  const progress = terminalProgress();
  try {
    const built = await buildSnapshot({
      rawDir,
      ...(args.acled === undefined ? {} : { acledFiles: args.acled }),
      ...(args.alerts === undefined ? {} : { alertFiles: args.alerts }),
      ...(progress === undefined ? {} : { progress }),
    });
    const out = args.out ?? snapshotDir;
    const sizes = await writeSnapshot(built, out);
    progress?.stop();
    process.stdout.write(
      `${formatSummary(built.report, sizes)}\n\nWrote ${sizes.size} files to ${out}\n`,
    );
    return 0;
  } finally {
    progress?.stop();
  }
}

async function check(args: CliArgs): Promise<number> {
  const rawDir = args.raw ?? defaultRawDir();
  try {
    await assertRawDir(rawDir);
  } catch (error) {
    if (!(error instanceof InputError) || isCi()) throw error;
    process.stdout.write(
      `data:check skipped: the raw data directory ${rawDir} is missing, so the snapshot cannot be rebuilt here. Set RAW_DATA_DIR or pass --raw DIR to check it. (Under CI=true this is a failure.)\n`,
    );
    return 0;
  }
  const built = await buildSnapshot({ rawDir });
  const temp = await mkdtemp(join(tmpdir(), 'blueline-snapshot-'));
  await writeSnapshot(built, temp);
  const differences = await compareSnapshot(built, snapshotDir);
  if (differences.length === 0) {
    // Kept only on failure, for diffing.
    await rm(temp, { recursive: true, force: true });
    process.stdout.write(
      `data:check passed: a rebuild from ${rawDir} is byte-identical to ${snapshotDir}\n`,
    );
    return 0;
  }
  const lines = differences.map((d) =>
    d.problem === 'missing'
      ? `  ${d.file}: missing from the committed snapshot`
      : `  ${d.file}: differs from line ${String(d.line)}`,
  );
  process.stderr.write(
    `data:check failed: the rebuilt snapshot differs from ${snapshotDir}:\n${lines.join('\n')}\nThe rebuild is in ${temp}; run \`pnpm data:build\` and commit the result if the change is intended.\n`,
  );
  return 1;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  return args.command === 'build' ? build(args) : check(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`error: ${error.message}\n\n${USAGE}`);
    else if (error instanceof InputError) process.stderr.write(`error: ${error.message}\n`);
    else
      process.stderr.write(
        `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    process.exitCode = 1;
  },
);
