/**
 * GET /v1/series — the casualty and displacement series behind the story's casualties chart,
 * as JSON or as CSV through core's `seriesCsvRows` (the story's download, byte for byte).
 */
import { SERIES_CSV_COLUMNS, seriesCsvRows, type DatedSeries } from '@blueline/core';
import { createRoute, z } from '@hono/zod-openapi';
import { csvRepresentation, CSV_CONTENT_TYPE } from '../http/csv.js';
import { jsonRepresentation, type Representation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { TableFormatParam } from '../params/common.js';
import { strictQuery } from '../params/strict-query.js';
import { DatedSeriesDoc } from '../schemas/documented.js';
import { respond, type ApiApp, type RouteContext } from './context.js';

/** Registers /v1/series; both bodies are built at startup. */
export function registerSeries(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const bodies: Record<'json' | 'csv', Representation<DatedSeries[] | string>> = {
    json: jsonRepresentation([...snapshot.series]).precompress(),
    csv: csvRepresentation(
      seriesCsvRows(snapshot.series),
      SERIES_CSV_COLUMNS,
      'casualties-displacement.csv',
    ).precompress(),
  };
  const route = createRoute({
    method: 'get',
    path: '/v1/series',
    tags: ['Context'],
    summary: 'Casualty and displacement series',
    description:
      'Dated series from their producers (e.g. Lebanon’s health ministry, IOM DTM), each with its unit, whether it is cumulative, and the dates where its definition changes (`breaks`).',
    request: { query: strictQuery({ format: TableFormatParam }) },
    responses: {
      200: {
        description: 'Every series; CSV has one row per point.',
        content: {
          'application/json': { schema: z.array(DatedSeriesDoc) },
          [CSV_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'text/csv' }) },
        },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  for (const format of ['json', 'csv'] as const) cache.pin(`series:${format}`, bodies[format]);
  app.openapi(route, (c) => {
    const { format } = c.req.valid('query');
    return respond(c, cache, `series:${format}`, () => bodies[format]);
  });
}
