/**
 * Bring-your-own-data mode over a hand-made fixture export (synthetic rows, never ACLED's):
 * the index is built through `@blueline/data`'s loader, reused while the export is unchanged,
 * and /v1/incidents filters and pages exactly like core's `matchesIncidentFilter`.
 */
import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareIncidentRecords,
  matchesIncidentFilter,
  type IncidentFilter,
  type IncidentRecord,
} from '@blueline/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIncidentStore, type OpenedIncidents } from '../src/incidents/open.js';
import { acledLoader, blueLineOf } from '../src/incidents/operator.js';
import { syntheticSnapshot } from './fixtures/snapshot.js';
import { badParameters, get, testApp, type TestApp } from './helpers.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'acled-fixture.csv');

interface Page {
  incidents: IncidentRecord[];
  next: string | null;
  limit: number;
}

let directory: string;
let opened: OpenedIncidents;
let app: TestApp;
let errors: unknown[];
/** Every record, fetched in one page: the oracle the filters are checked against. */
let everything: IncidentRecord[];

async function page(url: string): Promise<Page> {
  const response = await get(app, url);
  expect(response.status, url).toBe(200);
  return (await response.json()) as Page;
}

/** Follows `next` cursors to the end, returning every row and the number of pages. */
async function allPages(
  query: string,
  limit: number,
): Promise<{ rows: IncidentRecord[]; pages: number }> {
  const rows: IncidentRecord[] = [];
  let pages = 0;
  let cursor: string | null = null;
  do {
    const separator = query === '' ? '' : '&';
    const url: string = `/v1/incidents?${query}${separator}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const body = await page(url);
    expect(body.incidents.length).toBeLessThanOrEqual(limit);
    rows.push(...body.incidents);
    cursor = body.next;
    pages++;
    expect(pages).toBeLessThan(200);
  } while (cursor !== null);
  return { rows, pages };
}

function queryOf(filter: IncidentFilter): string {
  const parameters = new URLSearchParams();
  if (filter.from !== undefined) parameters.set('from', filter.from);
  if (filter.to !== undefined) parameters.set('to', filter.to);
  if (filter.side !== undefined) parameters.set('side', filter.side);
  if (filter.bbox !== undefined) parameters.set('bbox', filter.bbox.join(','));
  if (filter.minDistanceKm !== undefined)
    parameters.set('minDistanceKm', String(filter.minDistanceKm));
  if (filter.maxDistanceKm !== undefined)
    parameters.set('maxDistanceKm', String(filter.maxDistanceKm));
  return parameters.toString();
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'blueline-api-incidents-'));
  opened = await openIncidentStore({
    files: [FIXTURE],
    load: acledLoader,
    blueLine: blueLineOf(syntheticSnapshot),
    directory,
  });
  ({ app, errors } = testApp(syntheticSnapshot, { incidents: opened.store }));
  everything = (await page('/v1/incidents?limit=1000')).incidents;
});

afterAll(() => {
  opened.store.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('building the index', () => {
  it('loads the export through @blueline/data, reconciling every row', () => {
    const { rows, files, coverage } = opened.store.info;
    expect(opened.reused).toBe(false);
    const rejected = Object.values(rows.rejected).reduce((sum, count) => sum + count, 0);
    expect(rows.read).toBe(43);
    expect(rows.kept + rejected).toBe(rows.read);
    expect(rows.kept).toBe(41);
    expect(everything).toHaveLength(41);
    expect(files[0]?.name).toBe('acled-fixture.csv');
    expect(files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(coverage).toEqual({ from: '2024-09-15', to: '2024-10-05' });
  });

  it('keeps the newest revision of a repeated event and reads long-form dates', () => {
    const revised = everything.find((record) => record.id === 'acled:FIX0003');
    expect(revised?.fatalities).toBe(9);
    expect(revised?.placeName).toBe('Fixture Village 03 (revised)');
    expect(everything.find((record) => record.id === 'acled:FIX9002')?.date).toBe('2024-10-01');
    expect(everything.some((record) => record.id === 'acled:FIX9001')).toBe(false);
  });

  it('uses core’s side rules and leaves coarse locations unmeasured', () => {
    const sides = new Set(everything.map((record) => record.side));
    expect([...sides].sort()).toEqual(['hezbollah', 'iran', 'israel', 'other']);
    for (const record of everything) {
      expect(record.distanceKm === null).toBe(record.precision === 'province');
    }
  });

  it('reuses the index while the export is unchanged, and rebuilds when it changes', async () => {
    const again = await openIncidentStore({
      files: [FIXTURE],
      load: () => Promise.reject(new Error('must not reload an unchanged export')),
      blueLine: blueLineOf(syntheticSnapshot),
      directory,
    });
    expect(again.reused).toBe(true);
    expect(again.path).toBe(opened.path);
    expect(again.store.info).toEqual(opened.store.info);
    again.store.close();

    const changed = join(directory, 'changed.csv');
    copyFileSync(FIXTURE, changed);
    const first = await openIncidentStore({
      files: [changed],
      load: acledLoader,
      blueLine: blueLineOf(syntheticSnapshot),
      directory,
    });
    first.store.close();
    appendFileSync(
      changed,
      'FIX7777,2024-10-06,2024,1,Political violence,Battles,Armed clash,Hezbollah,,2,,,0,20,,422,Middle East,Lebanon,P,D,,Fixture Extra,33.2,35.4,1,Synthetic,National,Synthetic.,0,,1727999999\n',
    );
    const rebuilt = await openIncidentStore({
      files: [changed],
      load: acledLoader,
      blueLine: blueLineOf(syntheticSnapshot),
      directory,
    });
    expect(rebuilt.reused).toBe(false);
    expect(rebuilt.store.info.rows.kept).toBe(42);
    rebuilt.store.close();
  });

  it('answers keyset pages from the indexes', () => {
    const bySide = opened.store.plan({ side: 'israel', limit: 10 }).join(' ');
    expect(bySide).toContain('incidents_by_side');
    const byBox = opened.store.plan({ bbox: [35.2, 33.1, 35.5, 33.3], limit: 10 }).join(' ');
    expect(byBox).toContain('VIRTUAL TABLE');
    expect(opened.store.plan({ limit: 10 }).join(' ')).not.toContain('TEMP B-TREE');
  });
});

describe('GET /v1/incidents', () => {
  it('orders rows by (date, id) and says how many it will send', async () => {
    const sorted = [...everything].sort(compareIncidentRecords);
    expect(everything).toEqual(sorted);
    const first = await page('/v1/incidents?limit=5');
    expect(first.limit).toBe(5);
    expect(first.incidents).toEqual(everything.slice(0, 5));
  });

  it('pages without duplicates or gaps, and links the next page', async () => {
    const { rows, pages } = await allPages('', 7);
    expect(rows).toEqual(everything);
    expect(pages).toBe(Math.ceil(everything.length / 7));
    const response = await get(app, '/v1/incidents?limit=7&side=all');
    expect(response.headers.get('link')).toMatch(
      /^<\/v1\/incidents\?limit=7&side=all&cursor=[A-Za-z0-9_-]+>; rel="next"$/,
    );
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
  });

  it.each<[string, IncidentFilter]>([
    ['side', { side: 'israel' }],
    ['date range', { from: '2024-09-20', to: '2024-09-24' }],
    ['bbox', { bbox: [35.2, 33.1, 35.6, 33.4] }],
    ['distance range', { minDistanceKm: 5, maxDistanceKm: 25 }],
    [
      'everything at once',
      { side: 'hezbollah', from: '2024-09-16', bbox: [35, 33, 36, 34], maxDistanceKm: 40 },
    ],
  ])('filters by %s exactly like core matchesIncidentFilter', async (_, filter) => {
    const expected = everything.filter((record) => matchesIncidentFilter(record, filter));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(everything.length);
    const { rows } = await allPages(queryOf(filter), 3);
    expect(rows).toEqual(expected);
  });

  it('matches core for any filter and page size (property)', async () => {
    const filter = fc.record(
      {
        from: fc.constantFrom('2024-09-15', '2024-09-22', '2024-10-01'),
        to: fc.constantFrom('2024-09-16', '2024-09-23', '2024-10-05'),
        side: fc.constantFrom('israel', 'hezbollah', 'iran', 'other' as const),
        bbox: fc
          .tuple(
            fc.double({ min: 35, max: 36, noNaN: true }),
            fc.double({ min: 32.9, max: 33.7, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 0.7, noNaN: true }),
          )
          .map(([lon, lat, width, height]): [number, number, number, number] => [
            Number(lon.toFixed(4)),
            Number(lat.toFixed(4)),
            Number((lon + width).toFixed(4)),
            Number((lat + height).toFixed(4)),
          ]),
        minDistanceKm: fc.integer({ min: 0, max: 30 }),
        maxDistanceKm: fc.integer({ min: 30, max: 80 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(filter, fc.integer({ min: 1, max: 12 }), async (f, limit) => {
        fc.pre(f.from === undefined || f.to === undefined || f.from <= f.to);
        const expected = everything.filter((record) => matchesIncidentFilter(record, f));
        const { rows } = await allPages(queryOf(f), limit);
        expect(rows).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['garbage cursor', '/v1/incidents?cursor=not-a-cursor!', ['cursor']],
    [
      'well-formed but foreign cursor',
      `/v1/incidents?cursor=${Buffer.from('{"v":2}').toString('base64url')}`,
      ['cursor'],
    ],
    ['limit too large', '/v1/incidents?limit=1001', ['limit']],
    ['limit zero', '/v1/incidents?limit=0', ['limit']],
    ['limit not a number', '/v1/incidents?limit=ten', ['limit']],
    ['bbox with three numbers', '/v1/incidents?bbox=35,33,36', ['bbox']],
    ['bbox inverted', '/v1/incidents?bbox=36,33,35,34', ['bbox']],
    ['bbox off the globe', '/v1/incidents?bbox=35,33,36,95', ['bbox']],
    ['negative distance', '/v1/incidents?minDistanceKm=-1', ['minDistanceKm']],
    ['min above max distance', '/v1/incidents?minDistanceKm=10&maxDistanceKm=5', ['minDistanceKm']],
    ['bad side', '/v1/incidents?side=unifil', ['side']],
    ['date outside the export', '/v1/incidents?from=2020-01-01', ['from']],
  ])('refuses a %s', async (_, url, names) => {
    expect(await badParameters(await get(app, url))).toEqual(names);
  });

  it('refuses a cursor replayed with different filters', async () => {
    const first = await page('/v1/incidents?side=israel&limit=2');
    expect(first.next).not.toBeNull();
    const response = await get(
      app,
      `/v1/incidents?side=hezbollah&limit=2&cursor=${first.next ?? ''}`,
    );
    const names = await badParameters(response);
    expect(names).toEqual(['cursor']);
  });

  it('lets the page size change between pages', async () => {
    const first = await page('/v1/incidents?limit=4');
    const second = await page(`/v1/incidents?limit=10&cursor=${first.next ?? ''}`);
    expect([...first.incidents, ...second.incidents]).toEqual(everything.slice(0, 14));
  });

  it('reported no server errors', () => {
    expect(errors).toEqual([]);
  });
});
