/**
 * GET /v1/weekly — the weekly series behind every "strikes per week" and "depth" chart:
 * filtered by core `filterWeekly`, serialised as JSON or as CSV with core's column order.
 */
import { addDays, filterWeekly, WEEKLY_CSV_COLUMNS, type WeeklyRow } from '@blueline/core';
import { createRoute, z } from '@hono/zod-openapi';
import { csvRepresentation, CSV_CONTENT_TYPE } from '../http/csv.js';
import { jsonRepresentation, type Representation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import {
  dateParam,
  sideFilter,
  SideParam,
  SourceParam,
  TableFormatParam,
} from '../params/common.js';
import { checkDateRange, type DateBounds } from '../params/date-range.js';
import { strictQuery } from '../params/strict-query.js';
import { WeeklyRowDoc } from '../schemas/documented.js';
import { cacheKey, respond, type ApiApp, type RouteContext } from './context.js';

/** The first and last day the weekly series covers: first week start to last week's end. */
export function weeklyBounds(rows: readonly WeeklyRow[]): DateBounds {
  let from = '9999-12-31';
  let to = '0000-01-01';
  for (const row of rows) {
    if (row.weekStart < from) from = row.weekStart;
    if (row.weekStart > to) to = row.weekStart;
  }
  return { from, to: addDays(to, 6) };
}

function weeklyQuery(bounds: DateBounds) {
  return strictQuery({
    side: SideParam,
    source: SourceParam,
    from: dateParam(
      `Earliest week start to include (inclusive); weeks start on Sunday. Within ${bounds.from}…${bounds.to}.`,
      '2023-10-08',
    ),
    to: dateParam('Latest week start to include (inclusive).', '2024-08-25'),
    format: TableFormatParam,
  }).superRefine((query, context) => {
    checkDateRange(query, bounds, context);
  });
}

type WeeklyQuery = z.output<ReturnType<typeof weeklyQuery>>;

/** The CSV file name for a query: `weekly.csv` for everything, like the story's download. */
function fileName(query: WeeklyQuery): string {
  const parts = [
    query.side === 'all' ? undefined : query.side,
    query.source,
    query.from === undefined ? undefined : `from-${query.from}`,
    query.to === undefined ? undefined : `to-${query.to}`,
  ].filter((part) => part !== undefined);
  return `${['weekly', ...parts].join('_')}.csv`;
}

function build(
  rows: readonly WeeklyRow[],
  query: WeeklyQuery,
): Representation<WeeklyRow[] | string> {
  const selected = filterWeekly(rows, {
    side: sideFilter(query.side),
    source: query.source,
    from: query.from,
    to: query.to,
  });
  return query.format === 'csv'
    ? csvRepresentation(selected, WEEKLY_CSV_COLUMNS, fileName(query))
    : jsonRepresentation(selected);
}

/** Registers /v1/weekly and precomputes its unfiltered JSON and CSV bodies. */
export function registerWeekly(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const bounds = weeklyBounds(snapshot.weekly);
  const query = weeklyQuery(bounds);
  const route = createRoute({
    method: 'get',
    path: '/v1/weekly',
    tags: ['Series'],
    summary: 'Weekly counts and distances from the Blue Line',
    description:
      'One row per week, side and source: how many events and how far from the Blue Line (mean, median, 90th percentile, km). Weeks without events are rows with count 0; distances are null when nothing could be measured. `completeness` is `lower-bound` where the source is known to miss events that week (draw it as incomplete); `completenessNote` names the reason in /v1/provenance `completenessNotes`. `side=hezbollah&source=acled` is ACLED Hezbollah attacks located in Israel from January 2024; `source=acled-excl-late-claims` the same without late-added claims.',
    request: { query },
    responses: {
      200: {
        description: 'The matching weekly rows, ordered by week, side and source.',
        content: {
          'application/json': { schema: z.array(WeeklyRowDoc) },
          [CSV_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'text/csv' }) },
        },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  for (const format of ['json', 'csv'] as const) {
    const defaults = query.parse({ format });
    cache.pin(cacheKey('weekly', defaults), build(snapshot.weekly, defaults).precompress());
  }
  app.openapi(route, (c) => {
    const valid = c.req.valid('query');
    return respond(c, cache, cacheKey('weekly', valid), () => build(snapshot.weekly, valid));
  });
}
