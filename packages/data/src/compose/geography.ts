import {
  GeographyTopologySchema,
  southOfLitaniRegion,
  type CountryOutline,
  type GeographyTopology,
  type LineString,
  type MultiPolygon,
  type Polygon,
} from '@blueline/core';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { intersection } from 'polyclip-ts';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';

/**
 * Visvalingam simplification threshold: points whose effective triangle is smaller than
 * 1e-6 square degrees (about 0.01 km², a 100 m × 100 m triangle at this latitude) are dropped.
 * That is below a pixel on a country-scale map, and keeps coastlines and the Litani's bends.
 */
export const SIMPLIFY_MIN_WEIGHT = 1e-6;

/**
 * Quantization of the written topology: 1e6 steps across the bounding box, about 2 m here,
 * so the Blue Line (kept unsimplified) moves by at most a metre or two.
 */
export const QUANTIZATION = 1e6;

/** The geometry the map layers are built from. */
export interface GeographyInputs {
  readonly blueLine: LineString;
  readonly litaniUpper: LineString;
  readonly litaniLower: LineString;
  readonly qaraoun: Polygon;
  /** DCW Lebanon, the polygon the 1701 zone is cut from. */
  readonly lebanon: Polygon | MultiPolygon;
  /** DCW Syria, which (unlike Natural Earth's de facto Israel) holds the Golan. */
  readonly syria: Polygon | MultiPolygon;
  readonly countries: readonly CountryOutline[];
}

/** The UNSCR 1701 zone rule, in words, for the map's notes. */
export const UNSCR1701_ZONE_RULE =
  'The part of Lebanon (DCW outline) south of the lower Litani, from the sea at Qasmiyeh to the Qaraoun outflow, closed on the east by a straight line from the outflow to the Blue Line’s eastern end on Mount Hermon, so that Marjayoun, Khiam, Hasbaya and Shebaa are inside and Rashaya is not. Resolution 1701 names the Litani but draws no map.';

/** A polygon or multipolygon as polyclip-ts's list of polygons. */
const asPolygons = (geometry: Polygon | MultiPolygon) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/**
 * The UNSCR 1701 zone: DCW Lebanon intersected (polyclip-ts) with core's region south of the
 * Litani (`southOfLitaniRegion`).
 */
export function unscr1701Zone(inputs: GeographyInputs): MultiPolygon {
  const lebanon = asPolygons(inputs.lebanon);
  const hermon = inputs.blueLine.coordinates[inputs.blueLine.coordinates.length - 1];
  if (hermon === undefined) throw new Error('the Blue Line has no eastern end');
  const region = southOfLitaniRegion(inputs.litaniLower.coordinates, hermon);
  const zone = intersection(lebanon, region.coordinates);
  if (zone.length === 0) throw new Error('the UNSCR 1701 zone came out empty');
  return { type: 'MultiPolygon', coordinates: zone };
}

/** The Golan rule, in words, for the map's notes. */
export const GOLAN_RULE =
  'Where Natural Earth’s de facto Israel overlaps DCW Syria: the Golan Heights, held by Israel since 1967 (its annexation is not recognised internationally), Shebaa Farms included. The western edge is the pre-1967 line as DCW draws it, the eastern edge the 1974 ceasefire line as Natural Earth draws it; both are approximate.';

/**
 * The Golan Heights as held by Israel: Natural Earth's Israel (de facto, Golan included)
 * intersected (polyclip-ts) with DCW Syria (de jure, Golan included). See {@link GOLAN_RULE}.
 */
export function israeliHeldGolan(inputs: GeographyInputs): MultiPolygon {
  const israel = inputs.countries.find((country) => country.name === 'Israel');
  if (israel === undefined) throw new Error('the countries have no Israel to find the Golan in');
  const golan = intersection(asPolygons(israel.geometry), asPolygons(inputs.syria));
  if (golan.length === 0)
    throw new Error('the Golan (Natural Earth Israel ∩ DCW Syria) came out empty');
  return { type: 'MultiPolygon', coordinates: golan };
}

function asFeature<G extends Geometry>(
  geometry: G,
  properties: Record<string, string>,
): Feature<G> {
  return { type: 'Feature', properties, geometry };
}

/**
 * `geography.topo.json`: one TopoJSON topology (topojson-server) with the objects `blueLine`,
 * `litani` (upper and lower course), `qaraoun`, `unscr1701Zone`, `golan` and `countries`. Arcs are
 * simplified (topojson-simplify, {@link SIMPLIFY_MIN_WEIGHT}) except those of the Blue Line,
 * which keep every one of its points, then quantized ({@link QUANTIZATION}).
 */
export function composeGeography(inputs: GeographyInputs): GeographyTopology {
  const countries: FeatureCollection = {
    type: 'FeatureCollection',
    features: inputs.countries.map((country) => ({
      ...asFeature(country.geometry, { name: country.name, isoNumeric: country.isoNumeric }),
      id: country.isoNumeric,
    })),
  };
  const built = topology({
    blueLine: asFeature(inputs.blueLine, {
      name: 'Blue Line (approximate)',
      note: 'Southern edge of the DCW Lebanon polygon, Ras Naqoura to Mount Hermon; not the official UN line, errors up to about 1 km.',
    }),
    litani: asFeature(
      {
        type: 'MultiLineString',
        coordinates: [inputs.litaniUpper.coordinates, inputs.litaniLower.coordinates],
      },
      { name: 'Litani' },
    ),
    qaraoun: asFeature(inputs.qaraoun, { name: 'Qaraoun reservoir' }),
    unscr1701Zone: asFeature(unscr1701Zone(inputs), {
      name: 'UNSCR 1701 zone (south of the Litani)',
      rule: UNSCR1701_ZONE_RULE,
    }),
    golan: asFeature(israeliHeldGolan(inputs), {
      name: 'Golan Heights (Israeli-held)',
      rule: GOLAN_RULE,
    }),
    countries,
  });
  const weighted = presimplify(built as Parameters<typeof presimplify>[0]);
  // Keep every point of the Blue Line's arcs: infinite weight survives any threshold.
  const blueLine = weighted.objects.blueLine;
  const blueArcs = blueLine?.type === 'LineString' ? blueLine.arcs : [];
  for (const index of blueArcs) {
    for (const point of weighted.arcs[index < 0 ? ~index : index] ?? []) point[2] = Infinity;
  }
  const simplified = simplify(weighted, SIMPLIFY_MIN_WEIGHT);
  return GeographyTopologySchema.parse(quantize(simplified, QUANTIZATION));
}
