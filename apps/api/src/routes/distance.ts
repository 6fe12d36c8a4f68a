/**
 * GET /v1/distance — how far from the Blue Line each side's fire fell: histograms by side,
 * source and period, re-binned from the snapshot's 1-km bins by core `rebin`.
 */
import {
  DEFAULT_DISTANCE_EDGES_KM,
  filterHistograms,
  HISTOGRAM_CSV_COLUMNS,
  histogramCsvRows,
  InvalidArgumentError,
  rebin,
  type DistanceHistogram,
} from '@blueline/core';
import { createRoute, z } from '@hono/zod-openapi';
import { csvRepresentation, CSV_CONTENT_TYPE } from '../http/csv.js';
import { invalidParameter } from '../http/problem.js';
import { jsonRepresentation, type Representation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { BinsParam } from '../params/bins.js';
import { sideFilter, SideParam, SourceParam, TableFormatParam } from '../params/common.js';
import { strictQuery } from '../params/strict-query.js';
import { DistanceHistogramDoc } from '../schemas/documented.js';
import { cacheKey, respond, type ApiApp, type RouteContext } from './context.js';

function distanceQuery(periodIds: readonly [string, ...string[]]) {
  return strictQuery({
    side: SideParam,
    source: SourceParam,
    period: z
      .enum(periodIds)
      .optional()
      .openapi({ description: 'One period by id; all periods when left out.' }),
    bins: BinsParam,
    format: TableFormatParam,
  });
}

type DistanceQuery = z.output<ReturnType<typeof distanceQuery>>;

function rebinned(histograms: readonly DistanceHistogram[], edges: readonly number[]) {
  try {
    return histograms.map((histogram) => ({ ...histogram, ...rebin(histogram, edges) }));
  } catch (error) {
    // Edges that parse but cannot be formed from the fine bins are the client's to fix.
    if (error instanceof InvalidArgumentError) {
      const reason = error.message.replace(/^edges: /, '');
      throw invalidParameter('bins', 'query', `cannot be formed from the 1-km bins (${reason})`);
    }
    throw error;
  }
}

function build(
  histograms: readonly DistanceHistogram[],
  query: DistanceQuery,
): Representation<DistanceHistogram[] | string> {
  const selected = filterHistograms(histograms, {
    side: sideFilter(query.side),
    source: query.source,
    periodId: query.period,
  });
  const result = rebinned(selected, query.bins ?? DEFAULT_DISTANCE_EDGES_KM);
  return query.format === 'csv'
    ? csvRepresentation(histogramCsvRows(result), HISTOGRAM_CSV_COLUMNS, 'distance-histograms.csv')
    : jsonRepresentation(result);
}

/** Registers /v1/distance and precomputes the default-bins JSON and CSV bodies. */
export function registerDistance(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const periodIds = [...new Set(snapshot.histograms.map((histogram) => histogram.period.id))];
  const [first = 'study', ...rest] = periodIds;
  const query = distanceQuery([first, ...rest]);
  const route = createRoute({
    method: 'get',
    path: '/v1/distance',
    tags: ['Series'],
    summary: 'Distance-from-the-Blue-Line histograms',
    description:
      'For each side, source and period: how many located events fell in each distance band from the approximate Blue Line (±1 km). Bins are `[fromKm, toKm)`, the last open-ended; `share` is the bin’s fraction of the total. Hezbollah attacks (`side=hezbollah&source=acled`) are measured into Israel; offshore and region-level events are not binned.',
    request: { query },
    responses: {
      200: {
        description: 'The matching histograms.',
        content: {
          'application/json': {
            schema: z.array(DistanceHistogramDoc),
          },
          [CSV_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'text/csv' }) },
        },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  for (const format of ['json', 'csv'] as const) {
    const defaults = query.parse({ format });
    cache.pin(cacheKey('distance', defaults), build(snapshot.histograms, defaults).precompress());
  }
  app.openapi(route, (c) => {
    const valid = c.req.valid('query');
    return respond(c, cache, cacheKey('distance', valid), () => build(snapshot.histograms, valid));
  });
}
