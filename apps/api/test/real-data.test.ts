/**
 * The committed snapshot through the API: the CSIS brief's figures, computed from /v1/weekly's
 * own answers (not read from csis.json), and every endpoint over the real data. Skipped, saying
 * why, when the snapshot has not been built.
 */
import { WeeklyRowSchema, type WeeklyRow } from '@blueline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadRealSnapshot, SNAPSHOT_DIR, snapshotPresent } from './real-snapshot.js';
import { get, testApp, type TestApp } from './helpers.js';

const present = snapshotPresent;
if (!present) {
  console.warn(`real-data: skipped — no snapshot at ${SNAPSHOT_DIR} (run pnpm data:build)`);
}

let app: TestApp;
let errors: unknown[];

beforeAll(async () => {
  if (!present) return;
  ({ app, errors } = testApp(await loadRealSnapshot()));
});

async function weekly(query: string): Promise<WeeklyRow[]> {
  const response = await get(app, `/v1/weekly?${query}`);
  expect(response.status).toBe(200);
  return z.array(WeeklyRowSchema).parse(await response.json());
}

function count(rows: readonly WeeklyRow[], weekStart: string): number {
  const row = rows.find((one) => one.weekStart === weekStart);
  if (row === undefined) throw new Error(`no row for the week of ${weekStart}`);
  return row.count;
}

describe.skipIf(!present)('the CSIS brief, reproduced through /v1/weekly', () => {
  it('Israeli strikes averaged about 160 a week from 8 Oct 2023 to the week of 25 Aug 2024', async () => {
    const rows = await weekly('side=israel&source=acled&from=2023-10-08&to=2024-08-25');
    expect(rows).toHaveLength(47);
    const mean = rows.reduce((sum, row) => sum + row.count, 0) / rows.length;
    expect(mean).toBeGreaterThan(150);
    expect(mean).toBeLessThan(170);
  });

  it('there were more than 300 in the week of 15 Sep 2024 and more than 700 in the week of 22 Sep', async () => {
    const rows = await weekly('side=israel&source=acled&from=2024-09-15&to=2024-09-22');
    expect(count(rows, '2024-09-15')).toBeGreaterThan(300);
    expect(count(rows, '2024-09-22')).toBeGreaterThan(700);
  });

  it('the average strike depth rose from about 4 km to about 27 km in the week of 22 Sep', async () => {
    const before = await weekly('side=israel&source=acled&from=2023-10-08&to=2024-08-25');
    const located = before.filter((row) => row.meanDistanceKm !== null);
    const weighted =
      located.reduce((sum, row) => sum + (row.meanDistanceKm ?? 0) * row.count, 0) /
      located.reduce((sum, row) => sum + row.count, 0);
    expect(weighted).toBeGreaterThan(2);
    expect(weighted).toBeLessThan(7);
    const [week] = await weekly('side=israel&source=acled&from=2024-09-22&to=2024-09-22');
    expect(week?.meanDistanceKm).toBeGreaterThan(22);
    expect(week?.meanDistanceKm).toBeLessThan(32);
  });

  it('agrees with the summary’s CSIS table', async () => {
    const summary = (await (await get(app, '/v1/summary')).json()) as {
      csis: { comparisons: { id: string; reproduced: { value: number } }[] };
    };
    const baseline = summary.csis.comparisons.find(
      (row) => row.id === 'israeli-strikes-weekly-baseline',
    );
    const rows = await weekly('side=israel&source=acled&from=2023-10-08&to=2024-08-25');
    const mean = rows.reduce((sum, row) => sum + row.count, 0) / rows.length;
    expect(baseline?.reproduced.value).toBeCloseTo(mean, 1);
  });
});

describe.skipIf(!present)('every endpoint over the real snapshot', () => {
  it.each([
    '/health',
    '/v1/summary',
    '/v1/csis',
    '/v1/csis?format=csv',
    '/v1/weekly?format=csv',
    '/v1/distance',
    '/v1/distance?bins=0,1,2,3,5,10,20,50,100',
    '/v1/distance?format=csv&side=hezbollah',
    '/v1/phases',
    '/v1/cells?from=2024-09-22&to=2024-09-22&side=israel',
    '/v1/cells?format=geojson&from=2024-09-22&to=2024-09-29',
    '/v1/geo/blue-line',
    '/v1/geo/litani',
    '/v1/geo/unscr1701-zone',
    '/v1/geo/countries',
    '/v1/series',
    '/v1/timeline?tag=ceasefire',
    '/v1/timeline?from=2024-09-01&to=2024-11-30',
    '/v1/key-figures',
    '/openapi.json',
    '/docs',
  ])('%s', async (url) => {
    const response = await get(app, url);
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10);
  });

  it('summary coverage names each dated source', async () => {
    const body = (await (await get(app, '/v1/summary')).json()) as {
      coverage: { source: string; from: string; to: string }[];
    };
    expect(body.coverage.length).toBeGreaterThan(1);
    for (const entry of body.coverage) expect(entry.from <= entry.to).toBe(true);
  });

  it('the documented example links all work on the real data', async () => {
    const html = await (await get(app, '/docs')).text();
    const examples = [...html.matchAll(/Try it: <a href="([^"]+)"/g)].map((match) =>
      (match[1] ?? '').replaceAll('&amp;', '&'),
    );
    for (const example of examples) {
      const status = (await get(app, example)).status;
      expect(example.startsWith('/v1/incidents') ? 404 : 200, example).toBe(status);
    }
  });

  it('the Blue Line layer is one LineString, as bring-your-own-data mode needs', async () => {
    const layer = (await (await get(app, '/v1/geo/blue-line')).json()) as {
      features: { geometry: { type: string } }[];
    };
    expect(layer.features.map((feature) => feature.geometry.type)).toContain('LineString');
  });

  it('reported no server errors', () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!present)('both sides from ACLED through the API (issue 8)', () => {
  it('serves Hezbollah attacks from January 2024 to the ceasefire week, with depths', async () => {
    const rows = await weekly('side=hezbollah&source=acled&to=2024-11-24');
    expect(rows[0]?.weekStart).toBe('2023-12-31');
    expect(rows.at(-1)?.weekStart).toBe('2024-11-24');
    expect(rows.every((row) => row.count > 0 && row.meanDistanceKm !== null)).toBe(true);
    const week = rows.find((row) => row.weekStart === '2024-09-22');
    expect(Math.abs((week?.meanDistanceKm ?? 0) - 28)).toBeLessThan(2);
  });

  it('serves the late-claim split, never above the headline in any week', async () => {
    const all = await weekly('side=hezbollah&source=acled');
    const without = await weekly('side=hezbollah&source=acled-excl-late-claims');
    expect(without.map((row) => row.weekStart)).toEqual(all.map((row) => row.weekStart));
    without.forEach((row, index) => {
      expect(row.count).toBeLessThanOrEqual(all[index]?.count ?? -1);
    });
  });

  it('runs Israeli strikes to the ceasefire week, its incomplete weeks flagged', async () => {
    const rows = await weekly('side=israel&source=acled&from=2024-10-13&to=2024-11-24');
    expect(rows.map((row) => row.weekStart).at(-1)).toBe('2024-11-24');
    expect(rows.find((row) => row.weekStart === '2024-11-24')?.completeness).toBe('lower-bound');
    expect(rows.find((row) => row.weekStart === '2024-10-13')?.completeness).toBe('complete');
  });

  it('serves the seam and the completeness notes in /v1/provenance, and the new CSIS table', async () => {
    const provenance = (await (await get(app, '/v1/provenance')).json()) as {
      seams: { id: string; lastDayOfEarlier: string }[];
      completenessNotes: { id: string }[];
      sources: { id: string }[];
    };
    const acledSeam = provenance.seams.find((seam) => seam.id === 'acled-lebanon-versions');
    expect(acledSeam?.lastDayOfEarlier).toBe('2024-10-11');
    expect(provenance.completenessNotes.length).toBeGreaterThan(0);
    const ids = provenance.sources.map((source) => source.id);
    expect(ids).toEqual(expect.arrayContaining(['acled-israel', 'acled-lebanon-later']));
    const csis = (await (await get(app, '/v1/csis')).json()) as {
      comparisons: { id: string; withinTolerance: boolean; missExplanation: string | null }[];
    };
    for (const row of csis.comparisons) {
      expect(row.missExplanation === null, row.id).toBe(row.withinTolerance);
    }
  });
});
