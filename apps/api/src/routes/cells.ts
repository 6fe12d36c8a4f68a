/**
 * GET /v1/cells — where the fire fell, week by week: H3 cell counts, as the compact snapshot
 * form (rows + each cell's geometry once), GeoJSON, or CSV. Filtering is core `filterHexCells`.
 */
import {
  addDays,
  filterHexCells,
  HEX_CELL_WEEK_CSV_COLUMNS,
  hexCellFeatureCollection,
  type HexCellsSnapshot,
  type HexCellFeatureCollection,
} from '@blueline/core';
import { createRoute, z } from '@hono/zod-openapi';
import { csvRepresentation, CSV_CONTENT_TYPE } from '../http/csv.js';
import { jsonRepresentation, type Representation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { dateParam, sideFilter, SideParam, SourceParam } from '../params/common.js';
import { checkDateRange, type DateBounds } from '../params/date-range.js';
import { strictQuery } from '../params/strict-query.js';
import { GEOJSON_CONTENT_TYPE, HexCellFeatureCollectionSchema } from '../schemas/geojson.js';
import { HexCellsDoc } from '../schemas/documented.js';
import { cacheKey, respond, type ApiApp, type RouteContext } from './context.js';

function cellBounds(snapshot: HexCellsSnapshot): DateBounds {
  const weeks = snapshot.weeks.map((row) => row.weekStart).sort();
  const first = weeks[0] ?? '2023-10-08';
  const last = weeks[weeks.length - 1] ?? first;
  return { from: first, to: addDays(last, 6) };
}

function cellsQuery(bounds: DateBounds) {
  return strictQuery({
    side: SideParam,
    source: SourceParam,
    from: dateParam(
      `Earliest week start to include (inclusive). Within ${bounds.from}…${bounds.to}.`,
      '2024-09-22',
    ),
    to: dateParam('Latest week start to include (inclusive).', '2024-09-22'),
    format: z.enum(['json', 'geojson', 'csv']).default('json').openapi({
      description:
        '`json`: the compact form of hex-cells.json (rows, plus each used cell’s geometry once); `geojson`: a FeatureCollection with one polygon per row; `csv`: the rows only.',
    }),
  }).superRefine((query, context) => {
    checkDateRange(query, bounds, context);
  });
}

type CellsQuery = z.output<ReturnType<typeof cellsQuery>>;

function build(
  snapshot: HexCellsSnapshot,
  query: CellsQuery,
): Representation<HexCellsSnapshot | HexCellFeatureCollection | string> {
  const subset = filterHexCells(snapshot, {
    side: sideFilter(query.side),
    source: query.source,
    from: query.from,
    to: query.to,
  });
  if (query.format === 'csv') {
    return csvRepresentation(subset.weeks, HEX_CELL_WEEK_CSV_COLUMNS, 'hex-cells.csv');
  }
  if (query.format === 'geojson') {
    return jsonRepresentation(hexCellFeatureCollection(subset), GEOJSON_CONTENT_TYPE);
  }
  return jsonRepresentation(subset);
}

/** Registers /v1/cells and precomputes its unfiltered compact JSON body. */
export function registerCells(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const query = cellsQuery(cellBounds(snapshot.hexCells));
  const route = createRoute({
    method: 'get',
    path: '/v1/cells',
    tags: ['Maps'],
    summary: 'Hex-cell counts by week and side',
    description:
      'Events per H3 cell (resolution in the body) per week, side and source; only cells with events appear. Locations come from the sources’ coordinates; events located only to a province or country, and ACLED’s offshore placeholder point, are left out. `side=hezbollah&source=acled` maps ACLED Hezbollah attacks in Israel; `source=acled-clashes` (side `israel`) maps the ground war: ACLED armed clashes between Israel and Hezbollah located in Lebanon, whichever side ACLED lists first (core `countsAsGroundClash`). That layer exists for maps only; it has no weekly rows.',
    request: { query },
    responses: {
      200: {
        description: 'The matching cell counts.',
        content: {
          'application/json': { schema: HexCellsDoc },
          [GEOJSON_CONTENT_TYPE]: { schema: HexCellFeatureCollectionSchema },
          [CSV_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'text/csv' }) },
        },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  const defaults = query.parse({});
  cache.pin(cacheKey('cells', defaults), build(snapshot.hexCells, defaults).precompress());
  app.openapi(route, (c) => {
    const valid = c.req.valid('query');
    return respond(c, cache, cacheKey('cells', valid), () => build(snapshot.hexCells, valid));
  });
}
