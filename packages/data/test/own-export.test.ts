/**
 * Building from a user's own ACLED export that covers only part of the study period: the build
 * succeeds, the weekly series start where the export's data starts (months without data are not
 * shown as weeks without strikes), and every CSIS figure the export cannot reproduce is listed
 * as omitted, with the reason. Uses the real raw directory for the other sources; skipped, with
 * a visible message, where it is absent (under CI=true its absence fails).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CsisSnapshotSchema, WeeklySnapshotSchema } from '@blueline/core';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, type BuiltSnapshot } from '../src/pipeline/build.js';
import { rawDirOrSkip } from './helpers.js';

const rawDir = rawDirOrSkip('own-export tests');
const fixture = fileURLToPath(new URL('./fixtures/acled/mixed.csv', import.meta.url));

/** The hand-made fixture's rows from March 2024 on: an export that starts late. */
async function writeLateExport(): Promise<string> {
  const [header = [], ...rows] = Papa.parse<string[]>(await readFile(fixture, 'utf8'), {
    skipEmptyLines: true,
  }).data;
  const date = header.indexOf('event_date');
  const late = rows.filter((row) => /^(2024-0[3-9]|\d+ September 2024)/.test(row[date] ?? ''));
  const file = join(await mkdtemp(join(tmpdir(), 'own-export-')), 'late.csv');
  await writeFile(file, `${Papa.unparse([header, ...late])}\n`);
  return file;
}

describe.skipIf(rawDir === undefined)('a snapshot built from a partial ACLED export', () => {
  let built: BuiltSnapshot;
  beforeAll(async () => {
    built = await buildSnapshot({ rawDir: rawDir ?? '', acledFiles: [await writeLateExport()] });
  });

  it('starts the ACLED series at the week of the export’s first event, not at the study start', () => {
    const weekly = WeeklySnapshotSchema.parse(JSON.parse(built.files.get('weekly.json') ?? ''));
    const acled = weekly.filter((row) => row.source === 'acled' && row.side === 'israel');
    expect(acled[0]?.weekStart).toBe('2024-02-25');
    const ucdp = weekly.filter((row) => row.source === 'ucdp');
    expect(ucdp[0]?.weekStart).toBe('2023-10-08');
  });

  it('omits, with a reason, the CSIS figures whose period the export does not cover', () => {
    const csis = CsisSnapshotSchema.parse(JSON.parse(built.files.get('csis.json') ?? ''));
    const ids = [...csis.comparisons.map((row) => row.id), ...csis.omitted.map((row) => row.id)];
    expect(ids).toContain('israeli-strikes-weekly-baseline');
    for (const omitted of csis.omitted)
      expect(omitted.reason).toMatch(/covers .* not all of|has no .* events between/);
    expect(csis.omitted.map((row) => row.id)).toContain('israeli-depth-week-of-sep-22');
  });
});
