import { createBlueLineMeasure, GeographyTopologySchema } from '@blueline/core';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { composeGeography, israeliHeldGolan, unscr1701Zone } from '../src/compose/geography.js';
import { loadGeoNames } from '../src/loaders/geography/gazetteers.js';
import { loadBlueLine, loadLitani } from '../src/loaders/geography/raw-geography.js';
import { fixture } from './helpers.js';

describe('geography loaders', () => {
  it('refuses a Blue Line that runs from Hermon to the coast', async () => {
    const file = fixture('geography', 'blue-line-reversed.geojson');
    await expect(loadBlueLine(file)).rejects.toThrow(
      `${file}:0: features.0.geometry: the line must run`,
    );
  });

  it('refuses a Litani file without its lower course', async () => {
    const file = fixture('geography', 'litani-missing-lower.geojson');
    await expect(loadLitani(file)).rejects.toThrow('needs the upper course, the lower course');
  });

  it('reads unquoted GeoNames TSV and rejects bad coordinates by field', async () => {
    const load = await loadGeoNames(fixture('geography', 'geonames.tsv'));
    expect(load.counts).toEqual({
      read: 3,
      kept: 1,
      rejected: { 'invalid:latitude': 1, 'invalid:longitude': 1 },
    });
    expect(load.places[0]).toEqual({ name: 'Test Town', lat: 33.1, lon: 35.2, countryCode: 'LB' });
  });
});

describe('composeGeography on a toy map', () => {
  // A square "Lebanon" with a river across it, and a line along its southern edge.
  const lebanon = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [35.0, 33.0],
        [36.0, 33.0],
        [36.0, 34.0],
        [35.0, 34.0],
        [35.0, 33.0],
      ] as [number, number][],
    ],
  };
  const square = (west: number, south: number, east: number, north: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ] as [number, number][],
    ],
  });
  // A de facto "Israel" reaching east onto a de jure "Syria": their overlap is the held Golan.
  const israel = square(34.5, 32.0, 36.2, 33.0);
  const syria = square(35.8, 32.5, 37.0, 34.0);
  const inputs = {
    blueLine: {
      type: 'LineString' as const,
      coordinates: [
        [35.0, 33.0],
        [35.5, 33.0001],
        [36.0, 33.0],
      ] as [number, number][],
    },
    litaniUpper: {
      type: 'LineString' as const,
      coordinates: [
        [35.9, 33.9],
        [35.7, 33.6],
      ] as [number, number][],
    },
    litaniLower: {
      type: 'LineString' as const,
      coordinates: [
        [35.7, 33.55],
        [35.6, 33.4],
        [35.2, 33.3],
        [34.9, 33.3],
      ] as [number, number][],
    },
    qaraoun: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [35.68, 33.55],
          [35.72, 33.55],
          [35.7, 33.6],
          [35.68, 33.55],
        ] as [number, number][],
      ],
    },
    lebanon,
    syria,
    countries: [
      { name: 'Lebanon', isoNumeric: '422', geometry: lebanon },
      { name: 'Israel', isoNumeric: '376', geometry: israel },
    ],
  };

  it('finds the Israeli-held Golan where de facto Israel overlaps de jure Syria', () => {
    const ring = israeliHeldGolan(inputs).coordinates[0]?.[0] ?? [];
    const lons = ring.map(([lon]) => lon);
    const lats = ring.map(([, lat]) => lat);
    expect([Math.min(...lons), Math.max(...lons)]).toEqual([35.8, 36.2]);
    expect([Math.min(...lats), Math.max(...lats)]).toEqual([32.5, 33.0]);
    expect(() => israeliHeldGolan({ ...inputs, countries: inputs.countries.slice(0, 1) })).toThrow(
      'no Israel',
    );
  });

  it('cuts the 1701 zone south of the river and east-line', () => {
    const zone = unscr1701Zone(inputs);
    const measure = createBlueLineMeasure(inputs.blueLine.coordinates);
    const ring = zone.coordinates[0]?.[0] ?? [];
    expect(ring.length).toBeGreaterThan(4);
    expect(Math.max(...ring.map(([, lat]) => lat))).toBeCloseTo(33.55, 6);
    expect(Math.min(...ring.map(([, lat]) => lat))).toBeCloseTo(33.0, 6);
    expect(measure.distanceKm(35.5, 33.2)).toBeGreaterThan(0);
  });

  it('writes a valid topology that keeps every Blue Line point', () => {
    const topology = composeGeography(inputs);
    expect(GeographyTopologySchema.safeParse(topology).success).toBe(true);
    const line = feature(
      topology as unknown as Parameters<typeof feature>[0],
      topology.objects.blueLine as unknown as Parameters<typeof feature>[1],
    );
    expect('geometry' in line && line.geometry.type === 'LineString').toBe(true);
    if ('geometry' in line && line.geometry.type === 'LineString') {
      expect(line.geometry.coordinates).toHaveLength(3);
      expect(line.geometry.coordinates[1]?.[1]).toBeCloseTo(33.0001, 5);
    }
  });
});
