/** /v1/metadata: citation, licence and as-of date of each dataset, linked from every answer. */
import { describe, expect, it } from 'vitest';
import { PUBLISHED_DATASETS } from '@blueline/core';
import { syntheticSnapshot } from './fixtures/snapshot.js';
import { get, testApp } from './helpers.js';

const withAllSources = {
  ...syntheticSnapshot,
  provenance: {
    sources: [...new Set(PUBLISHED_DATASETS.flatMap((dataset) => [...dataset.sources]))].map(
      (id) => ({
        id,
        name: `Source ${id}`,
        files: [{ name: `${id}.csv`, sha256: 'b'.repeat(64), bytes: 1 }],
        coverage: { from: '2023-10-08', to: id === 'ucdp' ? '2024-12-31' : '2024-10-11' },
        rows: { read: 1, kept: 1, rejected: {} },
        licence: `Licence ${id}`,
        attribution: `Attribution ${id}`,
        notes: [],
      }),
    ),
    seams: [],
    completenessNotes: [],
  },
};

describe('GET /v1/metadata', () => {
  it('answers each dataset’s citation, licences and as-of date', async () => {
    const { app } = testApp(withAllSources);
    const response = await get(app, '/v1/metadata/weekly');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { dateAsOf: string; citation: string; api: string };
    expect(body.dateAsOf).toBe('2024-12-31');
    expect(body.api).toBe('/v1/weekly');
    expect(body.citation).toContain('Attribution acled');
    const all = (await (await get(app, '/v1/metadata')).json()) as Record<string, unknown>;
    expect(Object.keys(all)).toEqual(PUBLISHED_DATASETS.map((dataset) => dataset.id));
  });

  it('links every data answer, JSON and CSV, to the metadata', async () => {
    const { app } = testApp(withAllSources);
    for (const url of ['/v1/weekly', '/v1/weekly?format=csv', '/v1/summary']) {
      const response = await get(app, url);
      expect(response.headers.get('link'), url).toBe(
        '</v1/metadata>; rel="describedby"; type="application/json"',
      );
    }
  });

  it('answers 404 naming the missing source when the snapshot cannot cite a dataset', async () => {
    const { app } = testApp({
      ...withAllSources,
      provenance: {
        ...withAllSources.provenance,
        sources: withAllSources.provenance.sources.filter((source) => source.id !== 'moph-dtm'),
      },
    });
    const response = await get(app, '/v1/metadata/casualties-displacement');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('moph-dtm');
    expect((await get(app, '/v1/metadata/weekly')).status).toBe(200);
  });

  it('refuses an unknown dataset', async () => {
    const { app } = testApp(withAllSources);
    expect((await get(app, '/v1/metadata/everything')).status).toBe(400);
  });
});
