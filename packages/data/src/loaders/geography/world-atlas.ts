import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  InputError,
  MultiPolygonSchema,
  PolygonSchema,
  type CountryOutline,
  type SourceFile,
} from '@blueline/core';
import { feature, merge } from 'topojson-client';
import type { topology } from 'topojson-server';
import { describeFile } from '../files.js';

type Topology = ReturnType<typeof topology>;
type GeometryObject = Parameters<typeof merge>[1] extends infer T
  ? T extends readonly (infer G)[]
    ? G
    : never
  : never;

/** The countries drawn for context, by Natural Earth name. */
export const CONTEXT_COUNTRIES = [
  'Lebanon',
  'Israel',
  'Syria',
  'Jordan',
  'Palestine',
  'Cyprus',
  'Egypt',
] as const;

/**
 * Natural Earth splits Cyprus into the Republic, "N. Cyprus" and the UN buffer zone; for a
 * context map they are drawn as one island under the Republic's name and code.
 */
const CYPRUS_PARTS = ['Cyprus', 'N. Cyprus', 'Cyprus U.N. Buffer Zone'];

/** Country outlines from the `world-atlas` package, with the file's provenance. */
export interface WorldAtlasLoad {
  readonly countries: CountryOutline[];
  readonly source: SourceFile;
}

/**
 * Reads Natural Earth 1:10m country outlines from the `world-atlas` npm package (a dependency,
 * not a copy of the raw file). Natural Earth draws the Golan Heights inside Israel (a de facto
 * view), which the maps must say.
 * @throws {InputError} when the package file is missing or a country is not in it.
 */
export async function loadWorldAtlasCountries(): Promise<WorldAtlasLoad> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-atlas/countries-10m.json');
  const { version } = JSON.parse(
    await readFile(require.resolve('world-atlas/package.json'), 'utf8'),
  ) as { version: string };
  const source = await describeFile(file);
  const atlas = JSON.parse(await readFile(file, 'utf8')) as Topology;
  const collection = atlas.objects.countries;
  if (collection?.type !== 'GeometryCollection') {
    throw new InputError([{ field: 'objects.countries', message: 'is not a GeometryCollection' }], {
      file,
      line: 0,
    });
  }
  const named = (name: string): GeometryObject[] =>
    collection.geometries.filter(
      (geometry) => (geometry.properties as { name?: unknown } | undefined)?.name === name,
    ) as GeometryObject[];
  const countries = CONTEXT_COUNTRIES.map((name): CountryOutline => {
    const [main] = named(name);
    if (main === undefined || typeof main.id !== 'string') {
      throw new InputError(
        [{ field: 'objects.countries', message: `no country "${name}" with an ISO code` }],
        {
          file,
          line: 0,
        },
      );
    }
    const single = feature(atlas, main);
    if (!('geometry' in single)) {
      throw new InputError([{ field: 'objects.countries', message: `"${name}" is a collection` }], {
        file,
        line: 0,
      });
    }
    const geometry =
      name === 'Cyprus' ? merge(atlas, CYPRUS_PARTS.flatMap(named)) : single.geometry;
    const parsed = (geometry.type === 'Polygon' ? PolygonSchema : MultiPolygonSchema).parse(
      geometry,
    );
    return { name, isoNumeric: main.id, geometry: parsed };
  });
  return { countries, source: { ...source, name: `world-atlas@${version}/countries-10m.json` } };
}
