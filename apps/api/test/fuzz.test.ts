/**
 * Property: whatever path, query or method a client sends, the API never answers 5xx, and every
 * 4xx is a well-formed problem+json.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';

const { app, errors } = testApp();

const ROUTES = [
  '/health',
  '/v1/summary',
  '/v1/weekly',
  '/v1/distance',
  '/v1/cells',
  '/v1/timeline',
  '/v1/key-figures',
  '/v1/phases',
  '/v1/geo/blue-line',
  '/v1/geo/countries',
  '/v1/incidents',
  '/openapi.json',
  '/docs',
];

const PARAMETERS = [
  'side',
  'source',
  'from',
  'to',
  'format',
  'bins',
  'period',
  'tag',
  'bbox',
  'limit',
  'cursor',
  'minDistanceKm',
  'maxDistanceKm',
];

const VALUES = [
  'israel',
  'hezbollah',
  'all',
  'acled',
  'ucdp',
  'alerts',
  'json',
  'csv',
  'geojson',
  '2023-10-08',
  '2023-11-30',
  '2024-02-29',
  '2023-02-29',
  '0,2,5,10',
  '0,1',
  'study',
  'ceasefire',
  'ceasefire,diplomacy',
  '35,33,36,34',
  '100',
  '0',
  '-1',
  '',
  '%',
  '%zz',
  '%00',
  '%E2%80%AE',
  '1e400',
  'NaN',
  '__proto__',
  'constructor',
];

/** A piece of text a client might put anywhere in a URL, percent-encoded or raw. */
const text = fc.oneof(
  fc.constantFrom(...VALUES),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMETERS), text), text), { maxLength: 6 })
  .map((pairs) =>
    pairs
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
      .join('&'),
  );

/** Raw, unencoded junk too: clients do send it. */
const rawQuery = fc.string({ maxLength: 60 }).map((value) => value.replace(/[#\s]/g, ''));

const path = fc.oneof(
  fc.constantFrom(...ROUTES),
  fc.constantFrom(...ROUTES).chain((route) => text.map((suffix) => `${route}/${suffix}`)),
  fc.array(text, { maxLength: 4 }).map((segments) => `/${segments.join('/')}`),
  text.map((layer) => `/v1/geo/${layer}`),
);

const method = fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'OPTIONS', 'DELETE', 'PUT');

async function check(url: string, requestMethod: string): Promise<void> {
  let request: Request;
  try {
    request = new Request(`http://localhost${url}`, { method: requestMethod });
  } catch {
    return; // Not a URL any HTTP client could send; nothing to test.
  }
  const response = await app.request(request);
  expect(response.status, `${requestMethod} ${url}`).toBeLessThan(500);
  if (response.status >= 400 && requestMethod !== 'HEAD') {
    expect(response.headers.get('content-type'), url).toBe('application/problem+json');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.status).toBe(response.status);
    for (const field of ['type', 'title', 'detail', 'instance']) {
      expect(typeof body[field], `${field} of ${url}`).toBe('string');
    }
    if (body.errors !== undefined) {
      expect(Array.isArray(body.errors)).toBe(true);
    }
  } else {
    await response.arrayBuffer();
  }
}

describe('fuzzing every route', () => {
  it('never answers 5xx, and every 4xx is problem+json (encoded queries)', async () => {
    await fc.assert(
      fc.asyncProperty(path, query, method, async (p, q, m) => {
        await check(q === '' ? p : `${p}?${q}`, m);
      }),
      { numRuns: 1500 },
    );
    expect(errors).toEqual([]);
  });

  it('never answers 5xx to raw, unencoded queries on the real routes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), rawQuery, async (p, q) => {
        await check(`${p}?${q}`, 'GET');
      }),
      { numRuns: 1500 },
    );
    expect(errors).toEqual([]);
  });

  it('answers valid parameter combinations with 200 or 400, never 5xx', async () => {
    const valid = fc.record(
      {
        side: fc.constantFrom('israel', 'hezbollah', 'all'),
        source: fc.constantFrom('acled', 'ucdp', 'alerts'),
        from: fc.constantFrom('2023-10-08', '2023-11-05', '2023-12-24'),
        to: fc.constantFrom('2023-10-08', '2023-11-05', '2023-12-30'),
        format: fc.constantFrom('json', 'csv'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(valid, async (parameters) => {
        const search = new URLSearchParams(parameters).toString();
        const response = await app.request(`/v1/weekly?${search}`);
        expect([200, 400]).toContain(response.status);
        await response.arrayBuffer();
      }),
      { numRuns: 300 },
    );
    expect(errors).toEqual([]);
  });
});
