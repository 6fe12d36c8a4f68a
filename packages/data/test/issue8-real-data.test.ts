/**
 * Issue 8 on the real raw data: both ACLED transcriptions load in full as their own provenance
 * entries, the late-claim split sums to the headline series, the version seam and the
 * completeness flags are in the snapshot, and the CSIS table recomputed from ACLED on both sides
 * has every figure within its tolerance or its miss explained. Skipped, visibly, without the raw
 * directory; under CI=true its absence fails.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AgreementSnapshotSchema,
  CsisSnapshotSchema,
  ProvenanceSchema,
  WeeklySnapshotSchema,
  withinTolerance,
  type WeeklyRow,
} from '@blueline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, type BuiltSnapshot } from '../src/pipeline/build.js';
import {
  loadCompletenessManifests,
  DEFAULT_COMPLETENESS_MANIFESTS,
} from '../src/pipeline/load-inputs.js';
import { rawDirOrSkip } from './helpers.js';

const rawDir = rawDirOrSkip('issue 8 real-data tests');

function parse<T>(
  built: BuiltSnapshot,
  file: Parameters<BuiltSnapshot['files']['get']>[0],
  schema: { parse: (value: unknown) => T },
): T {
  return schema.parse(JSON.parse(built.files.get(file) ?? ''));
}

function series(weekly: readonly WeeklyRow[], side: string, source: string): WeeklyRow[] {
  return weekly.filter((row) => row.side === side && row.source === source);
}

describe.skipIf(rawDir === undefined)('issue 8: both sides from ACLED, on the real data', () => {
  let built: BuiltSnapshot;
  let weekly: WeeklyRow[];
  beforeAll(async () => {
    built = await buildSnapshot({ rawDir: rawDir ?? '' });
    weekly = parse(built, 'weekly.json', WeeklySnapshotSchema);
  });

  it('reads both transcriptions in full, each its own provenance entry', () => {
    const rows = Object.fromEntries(built.report.sources.map((source) => [source.id, source]));
    expect(rows['acled-israel']?.rows.read).toBe(3_530);
    expect(rows['acled-lebanon-later']?.rows.read).toBe(4_048);
    expect(rows['unifil-air-violations']?.rows).toEqual({ read: 7, kept: 7, rejected: {} });
    for (const id of ['acled-israel', 'acled-lebanon-later', 'unifil-air-violations']) {
      expect(rows[id]?.files).toHaveLength(1);
      expect(rows[id]?.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('serves Hezbollah attacks from January 2024 through the ceasefire week, with depths', () => {
    const hezbollah = series(weekly, 'hezbollah', 'acled');
    expect(hezbollah[0]?.weekStart).toBe('2023-12-31');
    const ceasefireWeek = hezbollah.find((row) => row.weekStart === '2024-11-24');
    expect(ceasefireWeek?.count).toBeGreaterThan(0);
    expect(ceasefireWeek?.meanDistanceKm).not.toBeNull();
    const september22 = hezbollah.find((row) => row.weekStart === '2024-09-22');
    expect(september22?.meanDistanceKm).toBeGreaterThan(20);
  });

  it('splits off the late claims: the split never exceeds the headline, week by week', () => {
    const all = series(weekly, 'hezbollah', 'acled');
    const without = series(weekly, 'hezbollah', 'acled-excl-late-claims');
    expect(without.map((row) => row.weekStart)).toEqual(all.map((row) => row.weekStart));
    for (const [index, row] of all.entries()) {
      expect(without[index]?.count ?? Infinity).toBeLessThanOrEqual(row.count);
    }
    const total = all.reduce((sum, row) => sum + row.count, 0);
    const kept = without.reduce((sum, row) => sum + row.count, 0);
    const israel = built.report.sources.find((source) => source.id === 'acled-israel');
    expect(israel?.rows.kept).toBe(total);
    expect(israel?.notes.join(' ')).toContain(`${kept} of them are not flagged`);
    expect(israel?.notes.join(' ')).toContain(`${total - kept} are.`);
  });

  it('runs the Israeli series to the ceasefire and flags the incomplete weeks', () => {
    const israel = series(weekly, 'israel', 'acled');
    const flagged = israel.filter((row) => row.completeness === 'lower-bound');
    expect(flagged.map((row) => row.weekStart)).toContain('2024-11-24');
    expect(flagged.map((row) => row.weekStart)).toContain('2024-11-17');
    expect(israel.find((row) => row.weekStart === '2024-10-13')?.completeness).toBe('complete');
    const provenance = parse(built, 'provenance.json', ProvenanceSchema);
    expect(provenance.seams.map((seam) => [seam.id, seam.lastDayOfEarlier])).toEqual([
      ['acled-lebanon-versions', '2024-10-11'],
      ['hfc-alerts-sources', '2024-10-11'],
    ]);
    expect(provenance.completenessNotes.map((note) => note.basis)).toEqual(['manifest']);
    for (const row of flagged) {
      expect(provenance.completenessNotes.map((note) => note.id)).toContain(row.completenessNote);
    }
  });

  it('recomputes the CSIS table: each figure within tolerance or its miss explained', () => {
    const csis = parse(built, 'csis.json', CsisSnapshotSchema);
    expect(csis.omitted).toEqual([]);
    for (const row of csis.comparisons) {
      const within = withinTolerance(row.reproduced.value, row.csis.value, row.tolerance);
      expect(row.withinTolerance, row.id).toBe(within);
      expect(row.missExplanation === null, row.id).toBe(within);
    }
    const ids = csis.comparisons.map((row) => row.id);
    expect(ids).toContain('israeli-depth-september-1-21-without-pager-radio');
    const hezbollah = csis.comparisons.find((row) => row.id === 'hezbollah-depth-week-of-sep-22');
    expect(hezbollah?.method).toContain('ACLED Hezbollah attacks located in Israel');
    expect(Math.abs((hezbollah?.reproduced.value ?? 0) - 28)).toBeLessThan(2);
    const before = csis.comparisons.find((row) => row.id === 'hezbollah-depth-before-aug-18');
    expect(before?.method).toContain('starts in January 2024');
    const ratio = csis.comparisons.find((row) => row.id === 'incidents-ratio-week-of-sep-22');
    expect(ratio?.method).toContain('ACLED events on both sides');
  });

  it('reports the agreement lenses like the ACLED–UCDP comparison', () => {
    const agreement = parse(built, 'agreement.json', AgreementSnapshotSchema);
    expect(agreement.lenses.map((lens) => lens.id)).toEqual([
      'acled-hezbollah-vs-alerts',
      'acled-later-version-vs-ucdp',
    ]);
    for (const lens of agreement.lenses) {
      expect(lens.countCorrelation, lens.id).not.toBeNull();
      expect(lens.meanDepthCorrelation, lens.id).not.toBeNull();
    }
  });

  it('treats a manifest about another file version as stale, flags every covered week, and still builds', async () => {
    const [manifest] = await loadCompletenessManifests(DEFAULT_COMPLETENESS_MANIFESTS);
    expect(manifest).toBeDefined();
    const dir = await mkdtemp(join(tmpdir(), 'blueline-manifest-'));
    const file = join(dir, 'completeness.json');
    await writeFile(file, JSON.stringify([{ ...manifest, sha256: '0'.repeat(64) }]));
    const stale = await buildSnapshot({ rawDir: rawDir ?? '', completenessManifests: file });
    expect(stale.report.completenessNotes.map((note) => note.basis)).toEqual(['stale-manifest']);
    const staleWeekly = parse(stale, 'weekly.json', WeeklySnapshotSchema);
    const israel = series(staleWeekly, 'israel', 'acled');
    const later = israel.filter((row) => row.weekStart >= '2024-10-06');
    expect(later.length).toBeGreaterThan(10);
    expect(later.every((row) => row.completeness === 'lower-bound')).toBe(true);
    expect(israel.find((row) => row.weekStart === '2024-09-29')?.completeness).toBe('complete');
  });
});
