/** GET /v1/timeline — the story's dated key events, filtered by core `filterKeyEvents`. */
import { filterKeyEvents, STUDY_PERIOD, type KeyEvent } from '@blueline/core';
import { createRoute, z } from '@hono/zod-openapi';
import { jsonRepresentation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { dateParam } from '../params/common.js';
import { checkDateRange, type DateBounds } from '../params/date-range.js';
import { strictQuery } from '../params/strict-query.js';
import { TagsParam } from '../params/tags.js';
import { KeyEventDoc } from '../schemas/documented.js';
import { cacheKey, respond, type ApiApp, type RouteContext } from './context.js';

/** The study period, widened to any background event before it or event after it. */
function timelineBounds(events: readonly KeyEvent[]): DateBounds {
  let from = STUDY_PERIOD.from;
  let to = STUDY_PERIOD.to;
  for (const event of events) {
    if (event.date < from) from = event.date;
    const last = event.endDate ?? event.date;
    if (last > to) to = last;
  }
  return { from, to };
}

function timelineQuery(bounds: DateBounds) {
  return strictQuery({
    from: dateParam(
      `Earliest day of interest (inclusive); multi-day events still under way are kept. Within ${bounds.from}…${bounds.to}.`,
      '2024-09-01',
    ),
    to: dateParam('Latest day of interest (inclusive).', '2024-11-30'),
    tag: TagsParam,
  }).superRefine((query, context) => {
    checkDateRange(query, bounds, context);
  });
}

/** Registers /v1/timeline and precomputes the full timeline body. */
export function registerTimeline(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const query = timelineQuery(timelineBounds(snapshot.timeline));
  const route = createRoute({
    method: 'get',
    path: '/v1/timeline',
    tags: ['Context'],
    summary: 'Key events',
    description:
      'The dated events the story is told around, each written fresh and cited, in date order.',
    request: { query },
    responses: {
      200: {
        description: 'The matching events, in date order.',
        content: { 'application/json': { schema: z.array(KeyEventDoc) } },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  const build = (valid: z.output<typeof query>) =>
    jsonRepresentation(
      filterKeyEvents(snapshot.timeline, { from: valid.from, to: valid.to, tags: valid.tag }),
    );
  const defaults = query.parse({});
  cache.pin(cacheKey('timeline', defaults), build(defaults).precompress());
  app.openapi(route, (c) => {
    const valid = c.req.valid('query');
    return respond(c, cache, cacheKey('timeline', valid), () => build(valid));
  });
}
