import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PROBE = join(import.meta.dirname, 'fixtures', 'tz-probe.ts');

function probe(tz: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', PROBE], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, unknown>;
}

describe('time-zone independence', () => {
  // UTC+14 and UTC−10/−9: any use of local-time Date methods would shift a date by a day.
  const utc = probe('UTC');
  const kiritimati = probe('Pacific/Kiritimati');
  const adak = probe('America/Adak');

  it('really ran the probes in those zones', () => {
    expect(utc.offsetMinutes).toBe(0);
    expect(kiritimati.offsetMinutes).toBe(-14 * 60);
    expect(adak.offsetMinutes).toBe(10 * 60);
  });

  it('gives identical dates, weeks and aggregates in every zone', () => {
    const results = (probed: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(probed).filter(([key]) => key !== 'offsetMinutes'));
    const expected = results(utc);
    const east = results(kiritimati);
    const west = results(adak);
    expect(east).toEqual(expected);
    expect(west).toEqual(expected);
    expect(expected.sunday).toEqual([
      '2023-12-24',
      '2023-12-31',
      '2023-12-31',
      '2024-02-25',
      '2024-03-31',
      '2024-10-27',
    ]);
  });
});
