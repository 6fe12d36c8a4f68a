/**
 * GET /v1/incidents — bring-your-own-data mode. Serves rows of the operator's own ACLED export
 * (indexed at startup, see ../incidents), never the project's: without `--acled FILE` the route
 * answers 404 and explains why.
 */
import { SIDES } from '@blueline/core';
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { decodeCursor, encodeCursor, filterFingerprint } from '../incidents/cursor.js';
import type { IncidentStore } from '../incidents/store.js';
import { invalidParameter, problemResponse } from '../http/problem.js';
import { ERROR_RESPONSES, problemResponseEntry } from '../http/responses.js';
import { jsonRepresentation } from '../http/representation.js';
import { PRIVATE_CACHE_CONTROL, send } from '../http/send.js';
import { BBoxParam } from '../params/bbox.js';
import { dateParam } from '../params/common.js';
import { checkDateRange, type DateBounds } from '../params/date-range.js';
import { kmParam, limitParam } from '../params/numbers.js';
import { strictQuery } from '../params/strict-query.js';
import { IncidentPageSchema } from '../schemas/incidents.js';
import type { ApiApp } from './context.js';

/** Largest page. */
export const MAX_INCIDENT_PAGE = 1000;
const DEFAULT_INCIDENT_PAGE = 100;
const OPEN_BOUNDS: DateBounds = { from: '0001-01-01', to: '9999-12-31' };

function incidentsQuery(bounds: DateBounds) {
  return strictQuery({
    from: dateParam(
      `Earliest event date (inclusive), within ${bounds.from}…${bounds.to}.`,
      '2024-09-22',
    ),
    to: dateParam('Latest event date (inclusive).', '2024-09-28'),
    side: z
      .enum([...SIDES, 'all'])
      .default('all')
      .openapi({
        description:
          'Who carried out the event, by core’s actor rules: `israel`, `hezbollah`, `iran`, `other`, or `all`.',
        example: 'israel',
      }),
    bbox: BBoxParam,
    minDistanceKm: kmParam('Least distance from the Blue Line, km (inclusive).', '10'),
    maxDistanceKm: kmParam(
      'Greatest distance from the Blue Line, km (inclusive). Events too coarsely located to measure are left out whenever a distance bound is given.',
      '40',
    ),
    limit: limitParam(MAX_INCIDENT_PAGE, DEFAULT_INCIDENT_PAGE),
    cursor: z
      .string()
      .optional()
      .openapi({ description: 'The `next` value of the previous page; opaque.' }),
  }).superRefine((query, context) => {
    checkDateRange(query, bounds, context);
    if (
      query.minDistanceKm !== undefined &&
      query.maxDistanceKm !== undefined &&
      query.minDistanceKm > query.maxDistanceKm
    ) {
      context.addIssue({
        code: 'custom',
        path: ['minDistanceKm'],
        message: `is greater than maxDistanceKm (${query.maxDistanceKm})`,
      });
    }
  });
}

/** Answers every request with the "not enabled" problem when no export was loaded. */
function disabledGuard(store: IncidentStore | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (store !== undefined) {
      await next();
      return undefined;
    }
    return problemResponse(
      c,
      'incidents-disabled',
      'This server serves aggregates only. /v1/incidents is available when the operator starts it with their own licensed ACLED export (--acled FILE); ACLED’s terms do not allow the project to republish event rows.',
    );
  };
}

/** Registers /v1/incidents; with no store it documents the route and answers 404. */
export function registerIncidents(app: ApiApp, store: IncidentStore | undefined): void {
  const query = incidentsQuery(store?.info.coverage ?? OPEN_BOUNDS);
  const route = createRoute({
    method: 'get',
    path: '/v1/incidents',
    tags: ['Incidents'],
    summary: 'Incidents from the operator’s own ACLED export',
    description:
      'Only when the server was started with `--acled FILE`. Rows ordered by (date, id), paged by an opaque cursor: pass `next` back as `cursor` with the same filters until it is null. Pages never overlap or skip rows.',
    middleware: [disabledGuard(store)] as const,
    request: { query },
    responses: {
      200: {
        description: 'One page of incidents.',
        content: { 'application/json': { schema: IncidentPageSchema } },
      },
      404: problemResponseEntry('Bring-your-own-data mode is not enabled on this server.'),
      ...ERROR_RESPONSES,
    },
  });
  app.openapi(route, (c) => {
    // The guard has already answered when there is no store.
    if (store === undefined) throw new Error('incident store missing behind its guard');
    const { cursor, limit, side, ...filters } = c.req.valid('query');
    const fingerprint = filterFingerprint({ side, ...filters });
    let after;
    if (cursor !== undefined) {
      const decoded = decodeCursor(cursor, fingerprint);
      if (!decoded.ok) throw invalidParameter('cursor', 'query', decoded.reason);
      after = decoded.position;
    }
    const page = store.query({
      ...filters,
      side: side === 'all' ? undefined : side,
      after,
      limit,
    });
    const next = page.next === null ? null : encodeCursor(page.next, fingerprint);
    const headers: Record<string, string> = {};
    if (next !== null) {
      const url = new URL(c.req.url);
      url.searchParams.set('cursor', next);
      headers.Link = `<${url.pathname}${url.search}>; rel="next"`;
    }
    const body = { incidents: page.incidents, next, limit };
    return send(
      c,
      jsonRepresentation(body, 'application/json', {
        cacheControl: PRIVATE_CACHE_CONTROL,
        headers,
      }),
    );
  });
}
