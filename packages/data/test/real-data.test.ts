/**
 * Tests on the real raw data: every source reconciles, the CSIS headline figures are
 * reproduced within their stated tolerance, the build is byte-for-byte reproducible and equal
 * to the committed snapshot. Skipped, with a visible message, where the raw directory is
 * absent; under CI=true its absence fails.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rejectedTotal, SNAPSHOT_FILES, withinTolerance } from '@blueline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEBREW_AREA_ALIASES, CUMTA_AREA_ALIASES } from '../src/loaders/alerts/area-aliases.js';
import { loadAlertAreas } from '../src/loaders/alerts/alert-areas.js';
import { areaKey } from '../src/loaders/alerts/area-names.js';
import { snapshotDir } from '../src/paths.js';
import { buildSnapshot, writeSnapshot, type BuiltSnapshot } from '../src/pipeline/build.js';
import { compareSnapshot } from '../src/pipeline/check.js';
import { rawPath } from '../src/pipeline/raw-layout.js';
import { rawDirOrSkip } from './helpers.js';

const rawDir = rawDirOrSkip('real-data tests');

describe.skipIf(rawDir === undefined)('the snapshot built from the real raw data', () => {
  let built: BuiltSnapshot;
  beforeAll(async () => {
    built = await buildSnapshot({ rawDir: rawDir ?? '' });
  });

  it('reconciles every source: read = kept + rejected by reason', () => {
    expect(built.report.sources.length).toBeGreaterThanOrEqual(10);
    for (const source of built.report.sources) {
      expect(source.rows.read, source.id).toBe(source.rows.kept + rejectedTotal(source.rows));
      expect(source.rows.kept, source.id).toBeGreaterThan(0);
    }
  });

  it('reads every raw row it should: ACLED, UCDP and the alert files in full', () => {
    const rows = Object.fromEntries(built.report.sources.map((source) => [source.id, source.rows]));
    expect(rows.acled?.read).toBe(11_254);
    expect(rows.ucdp?.read).toBe(1_153);
    expect(rows['hfc-alerts-cumta']?.read).toBe(42_554);
    expect(rows['hfc-alerts-official']?.read).toBeGreaterThanOrEqual(27_271);
  });

  it('reproduces the CSIS headline figures within the stated tolerance', () => {
    const byId = new Map(built.report.csis.map((row) => [row.id, row]));
    const headline = [
      'israeli-strikes-weekly-baseline',
      'israeli-strikes-week-of-sep-15',
      'israeli-strikes-week-of-sep-22',
      'israeli-depth-before-september',
      'israeli-depth-week-of-sep-22',
      'incidents-ratio-week-of-sep-22',
    ];
    for (const id of headline) {
      const row = byId.get(id);
      expect(row, id).toBeDefined();
      if (row === undefined) continue;
      expect(withinTolerance(row.reproduced.value, row.csis.value, row.tolerance), id).toBe(true);
      expect(row.withinTolerance, id).toBe(true);
    }
    expect(byId.get('israeli-strikes-weekly-baseline')?.reproduced.value).toBeCloseTo(159.66, 1);
    expect(byId.get('israeli-strikes-week-of-sep-22')?.reproduced.value).toBe(850);
  });

  it('reports the figures it does not reproduce as such, never hiding them', () => {
    for (const row of built.report.csis) {
      expect(row.withinTolerance, row.id).toBe(
        withinTolerance(row.reproduced.value, row.csis.value, row.tolerance),
      );
    }
  });

  it('is byte-identical across builds and equal to the committed snapshot', async () => {
    const again = await buildSnapshot({ rawDir: rawDir ?? '' });
    const [a, b] = await Promise.all([
      mkdtemp(join(tmpdir(), 'blueline-a-')),
      mkdtemp(join(tmpdir(), 'blueline-b-')),
    ]);
    await writeSnapshot(built, a);
    await writeSnapshot(again, b);
    for (const file of SNAPSHOT_FILES) {
      expect(await readFile(join(a, file), 'utf8'), file).toBe(
        await readFile(join(b, file), 'utf8'),
      );
    }
    expect(await compareSnapshot(built, snapshotDir)).toEqual([]);
    await Promise.all([a, b].map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('resolves every hand-checked alias against the real area list', async () => {
    const areas = await loadAlertAreas(rawPath(rawDir ?? '', 'alertAreas'));
    expect(areas.unusedAliases).toEqual([]);
    for (const alias of HEBREW_AREA_ALIASES)
      expect(areas.byHebrew(alias.name)?.name, alias.name).toBe(alias.area);
    for (const alias of CUMTA_AREA_ALIASES)
      expect(areas.byEnglish(alias.name)?.name, alias.name).toBe(alias.area);
    const hebrewKeys = areas.areas.map((area) => areaKey(area.name));
    expect(new Set(hebrewKeys).size).toBe(hebrewKeys.length);
  });
});
