/** GET /v1/phases — the named periods of the conflict and each one's totals per series. */
import { createRoute } from '@hono/zod-openapi';
import { jsonRepresentation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { strictQuery } from '../params/strict-query.js';
import { PhasesDoc } from '../schemas/documented.js';
import { respond, type ApiApp, type RouteContext } from './context.js';

/** Registers /v1/phases; its one body is built at startup. */
export function registerPhases(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const representation = jsonRepresentation(snapshot.phases).precompress();
  const route = createRoute({
    method: 'get',
    path: '/v1/phases',
    tags: ['Summary'],
    summary: 'Phases and their summaries',
    description:
      'The contiguous named periods the story is told in, and for each phase, side and source: days covered, total events, weekly mean and depth statistics; including the Hezbollah ACLED series and its late-claim sensitivity series (`acled-excl-late-claims`).',
    request: { query: strictQuery({}) },
    responses: {
      200: {
        description: 'Phases and summaries.',
        content: { 'application/json': { schema: PhasesDoc } },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  cache.pin('phases', representation);
  app.openapi(route, (c) => respond(c, cache, 'phases', () => representation));
}
