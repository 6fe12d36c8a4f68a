import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../src/cli/args.js';
import { moveKeptToRejected } from '../src/compose/counts.js';
import { clipPeriod } from '../src/compose/periods.js';
import { formatJson } from '../src/pipeline/format-json.js';

describe('formatJson', () => {
  it('indents by two spaces, keeps number arrays on one line and ends with a newline', () => {
    expect(formatJson({ a: [1, 2.5], b: [[35.1, 33.2]], c: { d: null, e: 'x' }, f: [] })).toBe(
      '{\n  "a": [1, 2.5],\n  "b": [\n    [35.1, 33.2]\n  ],\n  "c": {\n    "d": null,\n    "e": "x"\n  },\n  "f": []\n}\n',
    );
  });

  it('round-trips through JSON.parse', () => {
    const value = { weeks: [{ weekStart: '2024-09-22', count: 850, mean: 27.74 }], q: 'a"b' };
    expect(JSON.parse(formatJson(value))).toEqual(value);
  });

  it('drops undefined properties and refuses values JSON cannot hold', () => {
    expect(formatJson({ a: undefined, b: 1 })).toBe('{\n  "b": 1\n}\n');
    expect(() => formatJson(() => 1)).toThrow(TypeError);
  });
});

describe('parseArgs', () => {
  it('reads build options, with repeated or listed files', () => {
    expect(
      parseArgs([
        'build',
        '--raw',
        '/r',
        '--acled',
        'a.csv',
        'b.csv',
        '--acled',
        'c.csv',
        '--out',
        '/o',
      ]),
    ).toEqual({ command: 'build', raw: '/r', out: '/o', acled: ['a.csv', 'b.csv', 'c.csv'] });
    expect(parseArgs(['build', '--alerts', 'x.csv'])).toEqual({
      command: 'build',
      alerts: ['x.csv'],
    });
    expect(parseArgs([])).toEqual({ command: 'help' });
  });

  it('refuses unknown commands, unknown options and options without values', () => {
    expect(() => parseArgs(['deploy'])).toThrow(UsageError);
    expect(() => parseArgs(['build', '--raw'])).toThrow('--raw needs a value');
    expect(() => parseArgs(['check', '--acled', 'a.csv'])).toThrow(
      'unknown option "--acled" for check',
    );
    expect(() => parseArgs(['build', '--raw', 'a', 'b'])).toThrow('--raw takes one directory');
  });
});

describe('moveKeptToRejected', () => {
  it('moves kept rows to reasons and still reconciles', () => {
    expect(moveKeptToRejected({ read: 10, kept: 8, rejected: { z: 2 } }, { a: 3, b: 0 })).toEqual({
      read: 10,
      kept: 5,
      rejected: { a: 3, z: 2 },
    });
  });

  it('refuses to move more rows than were kept', () => {
    expect(() => moveKeptToRejected({ read: 2, kept: 1, rejected: { x: 1 } }, { a: 2 })).toThrow();
  });
});

describe('clipPeriod', () => {
  const period = { id: 'p', label: 'P', from: '2024-10-01', to: '2024-11-26' };
  it('cuts a period to the coverage, and drops it when the source does not reach it', () => {
    expect(clipPeriod(period, { from: '2023-10-08', to: '2024-10-11' })).toEqual({
      ...period,
      to: '2024-10-11',
    });
    expect(clipPeriod(period, { from: '2023-10-08', to: '2024-09-30' })).toBeNull();
  });
});
