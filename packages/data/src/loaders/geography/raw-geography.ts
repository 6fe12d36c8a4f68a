import {
  BlueLineSchema,
  InputError,
  LineStringSchema,
  MultiPolygonSchema,
  PolygonSchema,
  type BlueLine,
  type LineString,
  type MultiPolygon,
  type Polygon,
  type SourceFile,
} from '@blueline/core';
import { z } from 'zod';
import { readJsonFile } from './read-geojson.js';

const featureCollection = <G extends z.ZodType>(geometry: G) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z
      .array(
        z.object({
          type: z.literal('Feature'),
          properties: z.record(z.string(), z.unknown()).nullable(),
          geometry,
        }),
      )
      .min(1),
  });

/** The approximate Blue Line, oriented coast to Hermon. */
export interface BlueLineInput {
  readonly line: BlueLine;
  readonly source: SourceFile;
}

/**
 * Reads the approximate Blue Line (one LineString) and checks it runs from the coast eastward,
 * which puts Lebanon on the left of travel as core's distance functions expect.
 * @throws {InputError} when the file is malformed or the line runs the other way.
 */
export async function loadBlueLine(file: string): Promise<BlueLineInput> {
  const { value, source } = await readJsonFile(file, featureCollection(BlueLineSchema));
  const line = value.features[0]?.geometry;
  const first = line?.coordinates[0];
  const last = line?.coordinates[line.coordinates.length - 1];
  if (line === undefined || first === undefined || last === undefined || !(first[0] < last[0])) {
    throw new InputError(
      [
        {
          field: 'features.0.geometry',
          message: 'the line must run from the coast (west) to Mount Hermon (east)',
        },
      ],
      { file, line: 0 },
    );
  }
  return { line, source };
}

/** The Litani and the Qaraoun reservoir. */
export interface LitaniInput {
  /** Source area near Baalbek to the Qaraoun reservoir. */
  readonly upper: LineString;
  /** Qaraoun outflow to the sea at Qasmiyeh. */
  readonly lower: LineString;
  readonly qaraoun: Polygon;
  readonly source: SourceFile;
}

/**
 * Reads the WDBII Litani file: LineStrings whose `part` starts "upper course" and "lower course",
 * and the Qaraoun reservoir Polygon.
 * @throws {InputError} when a part is missing or malformed.
 */
export async function loadLitani(file: string): Promise<LitaniInput> {
  const { value, source } = await readJsonFile(
    file,
    featureCollection(z.union([LineStringSchema, PolygonSchema])),
  );
  const part = (prefix: string): LineString | undefined => {
    const feature = value.features.find((candidate) => {
      const name = candidate.properties?.part;
      return (
        candidate.geometry.type === 'LineString' &&
        typeof name === 'string' &&
        name.startsWith(prefix)
      );
    });
    return feature?.geometry.type === 'LineString' ? feature.geometry : undefined;
  };
  const upper = part('upper course');
  const lower = part('lower course');
  const reservoir = value.features.find((feature) => feature.geometry.type === 'Polygon')?.geometry;
  if (upper === undefined || lower === undefined || reservoir?.type !== 'Polygon') {
    throw new InputError(
      [
        {
          field: 'features',
          message: 'needs the upper course, the lower course and the Qaraoun reservoir',
        },
      ],
      { file, line: 0 },
    );
  }
  return { upper, lower, qaraoun: reservoir, source };
}

/** One DCW country outline. */
export interface DcwCountry {
  readonly geometry: Polygon | MultiPolygon;
  readonly source: SourceFile;
  /** Features in the file (the others are countries not needed). */
  readonly features: number;
}

/**
 * Reads one country's polygon (by `name`) from the DCW file.
 * @throws {InputError} when the file is malformed or the country is missing.
 */
export async function loadDcwCountry(file: string, name: string): Promise<DcwCountry> {
  const { value, source } = await readJsonFile(
    file,
    featureCollection(z.union([PolygonSchema, MultiPolygonSchema])),
  );
  const feature = value.features.find((candidate) => candidate.properties?.name === name);
  if (feature === undefined) {
    throw new InputError([{ field: 'features', message: `no feature named "${name}"` }], {
      file,
      line: 0,
    });
  }
  return { geometry: feature.geometry, source, features: value.features.length };
}
