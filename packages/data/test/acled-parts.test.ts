import { ACLED_COLUMNS } from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { loadAcled, type AcledLoad } from '../src/loaders/acled/load-acled.js';
import { random } from '../bench/generate-acled.js';
import { tempFile } from './helpers.js';

// With the Israel transcription's late-claim flag, which must survive the split like any field.
const COLUMNS = [...ACLED_COLUMNS, 'late_claim_batch', 'notes'];

/**
 * An invented ACLED-format export: ids repeated within and across any split point with newer,
 * older and equal timestamps, invalid fields, short rows, blank lines and notes that span lines.
 */
function syntheticExport(seed: number, rows: number, ids: number, multiline = true): string {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const lines = [COLUMNS.join(',')];
  for (let row = 0; row < rows; row++) {
    const values: Record<string, string> = {
      event_id_cnty: `TST${Math.floor(next() * ids)}`,
      event_date: pick([
        '2023-09-30',
        '2024-01-10',
        '2024-05-02',
        '12 September 2024',
        '2024-02-30',
      ]),
      event_type: pick(['Explosions/Remote violence', 'Battles', 'Strategic developments']),
      sub_event_type: pick([
        'Air/drone strike',
        'Shelling/artillery/missile attack',
        'Armed clash',
      ]),
      actor1: pick(['Military Forces of Israel (2022-)', 'Hezbollah', '']),
      assoc_actor_1: '',
      actor2: '',
      country: pick(['Lebanon', 'Lebanon', 'Syria']),
      admin1: 'South',
      admin2: pick(['Tyre', 'Bint Jbeil', '']),
      location: pick(['Test Village A', '"Test, Village B"']),
      latitude: pick(['33.2', '33.35', '91']),
      longitude: pick(['35.4', '35.51']),
      geo_precision: pick(['1', '2', '3']),
      fatalities: pick(['0', '1', '3']),
      timestamp: String(1000 + Math.floor(next() * 4)),
      // From the row number, not the generator, so the seeds give the same files as before.
      late_claim_batch: ['yes', 'no', ''][row % 3] ?? '',
      notes: pick([
        '"A note."',
        multiline ? '"A note\nover two lines."' : '"A note."',
        '"Said ""no"", twice."',
      ]),
    };
    const fields = COLUMNS.map((column) => values[column] ?? '');
    lines.push(next() < 0.02 ? fields.slice(0, 5).join(',') : fields.join(','));
    if (next() < 0.02) lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** Everything a load tells, in comparable form. */
function outcome(load: AcledLoad) {
  return {
    counts: load.counts,
    coverage: load.coverage,
    issues: load.issues,
    files: load.files,
    lateClaims: [...load.lateClaimIds].sort(),
    incidents: [...load.store.incidents()],
  };
}

describe('loadAcled in parts on worker threads', () => {
  it('gives exactly what a single pass gives: events and their order, counts, problem lines', async () => {
    // Seeds whose files no split point falls inside a note spanning lines (that case, which reads
    // the file whole, has its own test below).
    for (const seed of [1, 2, 7]) {
      const file = await tempFile(`synthetic-${seed}.csv`, syntheticExport(seed, 3000, 900));
      const single = await loadAcled([file], { threads: 0 });
      expect(single.counts.rejected['duplicate-older']).toBeGreaterThan(0);
      expect(single.counts.rejected['duplicate-same-timestamp']).toBeGreaterThan(0);
      expect(single.lateClaimIds.size).toBeGreaterThan(0);
      for (const threads of [2, 3]) {
        const split = await loadAcled([file], { threads, splitBytes: 1 });
        expect([single.parts, split.parts]).toEqual([1, threads]);
        expect(outcome(split)).toEqual(outcome(single));
      }
    }
  });

  it('merges parts of several files, later files superseding earlier ones', async () => {
    // No line breaks in notes, so that no split falls inside one and every file is split.
    const first = await tempFile('first.csv', syntheticExport(7, 2000, 500, false));
    const second = await tempFile('second.csv', syntheticExport(8, 2000, 500, false));
    const single = await loadAcled([first, second], { threads: 0 });
    const split = await loadAcled([first, second], { threads: 2, splitBytes: 1 });
    expect(split.parts).toBe(4);
    expect(outcome(split)).toEqual(outcome(single));
  });

  it('reads the file whole when a split falls inside a quoted field that spans lines', async () => {
    const header = COLUMNS.join(',');
    const row = (id: number, note: string) =>
      `TST${id},2024-01-10,Explosions/Remote violence,Air/drone strike,Military Forces of Israel (2022-),,,Lebanon,South,Tyre,Test Village A,33.2,35.4,1,0,1000,yes,"${note}"`;
    const text = `${header}\n${row(1, 'short')}\n${row(2, `long\n${'line\n'.repeat(400)}end`)}\n${row(3, 'short')}\n`;
    const file = await tempFile('spanning.csv', text);
    const single = await loadAcled([file], { threads: 0 });
    const split = await loadAcled([file], { threads: 2, splitBytes: 1 });
    expect(single.counts).toEqual({ read: 3, kept: 3, rejected: {} });
    expect(split.parts).toBe(1); // the split failed, so the file was read whole
    expect(outcome(split)).toEqual(outcome(single));
  });

  it('reports a malformed file exactly as a single pass does', async () => {
    const text = syntheticExport(4, 2000, 500).replace(/\n([^\n]*)$/, '\nTST1,"open\n');
    const file = await tempFile('malformed.csv', text);
    const single = await loadAcled([file], { threads: 0 }).catch((error: unknown) => error);
    const split = await loadAcled([file], { threads: 2, splitBytes: 1 }).catch(
      (error: unknown) => error,
    );
    expect(String(single)).toMatch(/malformed\.csv:\d+: \(record\): malformed CSV/);
    expect(String(split)).toBe(String(single));
  });
});
