import {
  GEO_LAYERS,
  LineStringSchema,
  MultiLineStringSchema,
  MultiPolygonSchema,
  PolygonSchema,
} from '@blueline/core';
import { describe, expect, it } from 'vitest';
import * as data from '../src/index.js';
import { SNAPSHOT_SCHEMAS } from '../src/pipeline/snapshot-contents.js';

const ACCESSORS = {
  'weekly.json': data.weekly,
  'histograms.json': data.histograms,
  'hex-cells.json': data.hexCells,
  'phases.json': data.phases,
  'series.json': data.series,
  'timeline.json': data.timeline,
  'key-figures.json': data.keyFigures,
  'places.json': data.places,
  'csis.json': data.csis,
  'agreement.json': data.agreement,
  'geography.topo.json': data.geography,
  'provenance.json': data.provenance,
} as const;

describe('the accessors of the committed snapshot', () => {
  it.each(Object.entries(ACCESSORS))('%s is valid against its core schema', (file, value) => {
    const schema = SNAPSHOT_SCHEMAS[file as keyof typeof SNAPSHOT_SCHEMAS];
    const result = schema.safeParse(value);
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
  });

  it('serves weekly rows for the five series over their coverage', () => {
    const series = new Set(data.weekly.map((row) => `${row.side}/${row.source}`));
    expect([...series].sort()).toEqual([
      'hezbollah/acled',
      'hezbollah/acled-excl-late-claims',
      'hezbollah/alerts',
      'israel/acled',
      'israel/ucdp',
    ]);
    expect(data.weekly[0]?.weekStart).toBe('2023-10-08');
    const firstWeek = (key: string) =>
      data.weekly.find((row) => `${row.side}/${row.source}` === key)?.weekStart;
    const lastWeek = (key: string) =>
      data.weekly.filter((row) => `${row.side}/${row.source}` === key).at(-1)?.weekStart;
    // ACLED's Israel file starts on 1 January 2024 (a Monday: the week of 31 December).
    expect(firstWeek('hezbollah/acled')).toBe('2023-12-31');
    expect(lastWeek('hezbollah/acled')).toBe('2024-12-29');
    expect(lastWeek('israel/acled')).toBe('2024-12-29');
    expect(lastWeek('israel/ucdp')).toBe('2024-12-29');
    expect(lastWeek('hezbollah/alerts')).toBe('2024-12-29');
  });

  it.each(GEO_LAYERS)('geoLayer(%s) decodes to GeoJSON features', (id) => {
    const layer = data.geoLayer(id);
    expect(layer.type).toBe('FeatureCollection');
    expect(layer.features.length).toBeGreaterThan(0);
    for (const feature of layer.features) {
      const geometry = feature.geometry;
      const schema =
        geometry.type === 'LineString'
          ? LineStringSchema
          : geometry.type === 'MultiLineString'
            ? MultiLineStringSchema
            : geometry.type === 'Polygon'
              ? PolygonSchema
              : MultiPolygonSchema;
      expect(schema.safeParse(geometry).success).toBe(true);
    }
  });

  it('keeps all 68 points of the Blue Line', () => {
    const [line] = data.geoLayer('blue-line').features;
    expect(line?.geometry.type).toBe('LineString');
    expect(line?.geometry.type === 'LineString' ? line.geometry.coordinates.length : 0).toBe(68);
  });

  it('draws the seven context countries', () => {
    const names = data.geoLayer('countries').features.map((feature) => feature.properties.name);
    expect(names).toEqual(['Lebanon', 'Israel', 'Syria', 'Jordan', 'Palestine', 'Cyprus', 'Egypt']);
  });
});
