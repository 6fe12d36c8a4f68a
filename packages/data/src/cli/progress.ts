import { Presets, SingleBar } from 'cli-progress';
import type { BuildProgress } from '../pipeline/load-inputs.js';

/**
 * A progress display for interactive terminals: a byte bar while ACLED streams in, then one line
 * per step. Quiet (returns `undefined`) when `CI` is set or stderr is not a terminal, so logs
 * stay clean.
 */
export function terminalProgress(
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): (BuildProgress & { stop(): void }) | undefined {
  if (!stream.isTTY || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false')) {
    return undefined;
  }
  const bar = new SingleBar(
    { stream, format: 'ACLED {bar} {percentage}% | {value}/{total} MB', hideCursor: true },
    Presets.shades_classic,
  );
  let barActive = false;
  const stopBar = (): void => {
    if (barActive) bar.stop();
    barActive = false;
  };
  return {
    step(label) {
      stopBar();
      stream.write(`… ${label}\n`);
    },
    bytes(done, total) {
      const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;
      if (!barActive) {
        bar.start(mb(total), 0);
        barActive = true;
      }
      bar.update(mb(done));
    },
    stop: stopBar,
  };
}
