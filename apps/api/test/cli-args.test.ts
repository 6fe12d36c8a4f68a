import { describe, expect, it } from 'vitest';
import { parseServerArgs } from '../src/cli/args.js';

describe('parseServerArgs', () => {
  it('reads --acled (repeatable) and --port', () => {
    const args = parseServerArgs(['--acled', 'a.csv', '--acled', 'b.csv', '--port', '9000'], {});
    expect(args.acled).toEqual(['a.csv', 'b.csv']);
    expect(args.port).toBe(9000);
  });

  it('accepts the `--` that `pnpm start -- …` passes on', () => {
    expect(parseServerArgs(['--', '--acled', 'a.csv'], {}).acled).toEqual(['a.csv']);
  });

  it('still refuses a stray positional argument', () => {
    expect(() => parseServerArgs(['a.csv'], {})).toThrow();
  });
});
