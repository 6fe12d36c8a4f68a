/**
 * Every endpoint answers with the right shape and content type, and its filters select what
 * core's functions select — checked against a synthetic snapshot so the tests do not depend
 * on the data's values.
 */
import {
  CSIS_COMPARISON_CSV_COLUMNS,
  csisComparisonCsvRows,
  SERIES_CSV_COLUMNS,
  seriesCsvRows,
  DEFAULT_DISTANCE_EDGES_KM,
  filterHexCells,
  filterKeyEvents,
  filterWeekly,
  HexCellsSnapshotSchema,
  KeyEventSchema,
  PhasesSnapshotSchema,
  ProvenanceSchema,
  rebin,
  summariseProvenance,
  SummarySchema,
  toCsv,
  WEEKLY_CSV_COLUMNS,
  WeeklyRowSchema,
  DistanceHistogramSchema,
  type DistanceHistogram,
} from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { syntheticSnapshot as snapshot } from './fixtures/snapshot.js';
import { get, testApp } from './helpers.js';

const { app } = testApp();

describe('GET /health', () => {
  it('reports ok, the snapshot version and whether incidents are on', async () => {
    const response = await get(app, '/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      status: 'ok',
      snapshot: 'synthetic',
      incidents: false,
    });
  });
});

describe('GET /v1/summary', () => {
  it('has headline figures, the CSIS table, coverage and provenance', async () => {
    const response = await get(app, '/v1/summary');
    expect(response.status).toBe(200);
    const body = SummarySchema.parse(await response.json());
    expect(body.csis).toEqual(snapshot.csis);
    expect(body.provenance).toEqual(summariseProvenance(snapshot.provenance));
    expect(body.provenance.map((source) => source.id)).toContain('acled');
    expect(body.coverage).toEqual([{ source: 'acled', from: '2023-10-08', to: '2023-12-30' }]);
    expect(body.headline[0]?.value).toBe(12);
  });
});

describe('GET /v1/provenance', () => {
  it('serves the full provenance record, rejection reasons and notes included', async () => {
    const response = await get(app, '/v1/provenance');
    expect(response.status).toBe(200);
    expect(ProvenanceSchema.parse(await response.json())).toEqual(snapshot.provenance);
  });
});

describe('GET /v1/weekly', () => {
  it('returns every row by default, schema-valid, in snapshot order', async () => {
    const response = await get(app, '/v1/weekly');
    expect(response.headers.get('content-type')).toBe('application/json');
    const rows = z.array(WeeklyRowSchema).parse(await response.json());
    expect(rows).toEqual(snapshot.weekly);
  });

  it('filters like core filterWeekly', async () => {
    const response = await get(
      app,
      '/v1/weekly?side=israel&source=acled&from=2023-10-15&to=2023-11-26',
    );
    expect(await response.json()).toEqual(
      filterWeekly(snapshot.weekly, {
        side: 'israel',
        source: 'acled',
        from: '2023-10-15',
        to: '2023-11-26',
      }),
    );
  });

  it('side=all is the same as no side', async () => {
    const all = await (await get(app, '/v1/weekly?side=all')).text();
    const none = await (await get(app, '/v1/weekly')).text();
    expect(all).toBe(none);
  });

  it('serves CSV through core toCsv with the schema’s columns', async () => {
    const response = await get(app, '/v1/weekly?format=csv&side=hezbollah');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="weekly_hezbollah.csv"',
    );
    const text = await response.text();
    expect(text).toBe(
      toCsv(filterWeekly(snapshot.weekly, { side: 'hezbollah' }), WEEKLY_CSV_COLUMNS),
    );
    const [header, ...lines] = text.trimEnd().split('\r\n');
    expect(header).toBe(Object.keys(WeeklyRowSchema.shape).join(','));
    expect(lines.length).toBe(filterWeekly(snapshot.weekly, { side: 'hezbollah' }).length);
  });

  it('names the unfiltered CSV weekly.csv, like the story’s download', async () => {
    const response = await get(app, '/v1/weekly?format=csv');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="weekly.csv"');
  });
});

describe('GET /v1/distance', () => {
  const expected = (edges: readonly number[], filter: (h: DistanceHistogram) => boolean) =>
    snapshot.histograms.filter(filter).map((h) => ({ ...h, ...rebin(h, edges) }));

  it('re-bins the fine histograms to core’s default edges', async () => {
    const body = z
      .array(DistanceHistogramSchema)
      .parse(await (await get(app, '/v1/distance')).json());
    expect(body).toEqual(expected(DEFAULT_DISTANCE_EDGES_KM, () => true));
    expect(body[0]?.bins.map((bin) => bin.fromKm)).toEqual(DEFAULT_DISTANCE_EDGES_KM);
  });

  it('re-bins to custom edges and filters by side and period', async () => {
    const response = await get(app, '/v1/distance?bins=0,2,5,10&side=israel&period=november');
    expect(await response.json()).toEqual(
      expected([0, 2, 5, 10], (h) => h.side === 'israel' && h.period.id === 'november'),
    );
  });

  it('serves CSV with one row per bin', async () => {
    const response = await get(app, '/v1/distance?format=csv&bins=0,10');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'side,source,periodId,periodLabel,periodFrom,periodTo,fromKm,toKm,count,share,total',
    );
    expect(lines.length).toBe(1 + snapshot.histograms.length * 2);
  });
});

describe('GET /v1/cells', () => {
  it('returns the compact form, filtered like core filterHexCells', async () => {
    const response = await get(app, '/v1/cells?side=israel&from=2023-12-03&to=2023-12-10');
    const body = HexCellsSnapshotSchema.parse(await response.json());
    expect(body).toEqual(
      filterHexCells(snapshot.hexCells, { side: 'israel', from: '2023-12-03', to: '2023-12-10' }),
    );
    expect(body.weeks.length).toBeGreaterThan(0);
    const used = new Set(body.weeks.map((row) => row.cell));
    expect(body.cells.map((cell) => cell.cell).sort()).toEqual([...used].sort());
  });

  it('returns a GeoJSON FeatureCollection of polygons', async () => {
    const response = await get(app, '/v1/cells?format=geojson&source=alerts');
    expect(response.headers.get('content-type')).toBe('application/geo+json');
    const body = (await response.json()) as {
      type: string;
      features: { type: string; geometry: { type: string; coordinates: number[][][] } }[];
    };
    expect(body.type).toBe('FeatureCollection');
    const expected = filterHexCells(snapshot.hexCells, { source: 'alerts' });
    expect(body.features.length).toBe(expected.weeks.length);
    const ring = body.features[0]?.geometry.coordinates[0] ?? [];
    expect(body.features[0]?.geometry.type).toBe('Polygon');
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('returns the rows as CSV', async () => {
    const response = await get(app, '/v1/cells?format=csv&side=hezbollah');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('weekStart,side,source,cell,count');
  });
});

describe('GET /v1/timeline', () => {
  it('returns every event by default', async () => {
    const body = z.array(KeyEventSchema).parse(await (await get(app, '/v1/timeline')).json());
    expect(body).toEqual(snapshot.timeline);
  });

  it('filters by date range (keeping multi-day events under way) and by tag', async () => {
    const byDate = await (await get(app, '/v1/timeline?from=2023-11-28&to=2023-12-25')).json();
    expect(byDate).toEqual(
      filterKeyEvents(snapshot.timeline, { from: '2023-11-28', to: '2023-12-25' }),
    );
    expect((byDate as { id: string }[]).map((event) => event.id)).toEqual(['truce', 'late']);
    const byTag = await (await get(app, '/v1/timeline?tag=diplomacy,escalation')).json();
    expect((byTag as { id: string }[]).map((event) => event.id)).toEqual(['first-fire', 'late']);
  });
});

describe('GET /v1/series and /v1/csis', () => {
  it('serves the series as JSON and as one CSV row per point', async () => {
    expect(await (await get(app, '/v1/series')).json()).toEqual(snapshot.series);
    const response = await get(app, '/v1/series?format=csv');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="casualties-displacement.csv"',
    );
    expect(await response.text()).toBe(toCsv(seriesCsvRows(snapshot.series), SERIES_CSV_COLUMNS));
  });

  it('serves the CSIS table as JSON and CSV', async () => {
    expect(await (await get(app, '/v1/csis')).json()).toEqual(snapshot.csis);
    const text = await (await get(app, '/v1/csis?format=csv')).text();
    expect(text).toBe(
      toCsv(csisComparisonCsvRows(snapshot.csis.comparisons), CSIS_COMPARISON_CSV_COLUMNS),
    );
  });
});

describe('GET /v1/key-figures and /v1/phases', () => {
  it('serves the key figures', async () => {
    expect(await (await get(app, '/v1/key-figures')).json()).toEqual(snapshot.keyFigures);
  });

  it('serves phases and summaries', async () => {
    const body = PhasesSnapshotSchema.parse(await (await get(app, '/v1/phases')).json());
    expect(body).toEqual(snapshot.phases);
  });
});

describe('GET /v1/geo/{layer}', () => {
  it.each(['blue-line', 'litani', 'unscr1701-zone', 'golan', 'countries'] as const)(
    'serves %s as GeoJSON',
    async (layer) => {
      const response = await get(app, `/v1/geo/${layer}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/geo+json');
      expect(await response.json()).toEqual(snapshot.geo[layer]);
    },
  );
});

describe('GET /v1/incidents without --acled', () => {
  it('answers 404 problem+json explaining bring-your-own-data mode', async () => {
    const response = await get(app, '/v1/incidents?side=israel');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as { type: string; detail: string };
    expect(body.type).toBe('/docs#problem-incidents-disabled');
    expect(body.detail).toContain('--acled');
  });
});

describe('GET /', () => {
  it('redirects people to the reference', async () => {
    const response = await get(app, '/');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/docs');
  });
});

describe('HEAD', () => {
  it('answers like GET without a body', async () => {
    const response = await app.request('/v1/weekly', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).not.toBeNull();
    expect(await response.text()).toBe('');
  });
});
