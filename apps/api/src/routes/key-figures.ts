/** GET /v1/key-figures — the sourced numbers the story quotes (value, date, source). */
import { createRoute, z } from '@hono/zod-openapi';
import { jsonRepresentation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { strictQuery } from '../params/strict-query.js';
import { KeyFigureDoc } from '../schemas/documented.js';
import { respond, type ApiApp, type RouteContext } from './context.js';

/** Registers /v1/key-figures; its one body is built at startup. */
export function registerKeyFigures(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const representation = jsonRepresentation(snapshot.keyFigures).precompress();
  const route = createRoute({
    method: 'get',
    path: '/v1/key-figures',
    tags: ['Context'],
    summary: 'Sourced key figures',
    description:
      'Numbers the story quotes that do not come from the project’s own pipeline (displacement, deaths, arsenals), each with its qualifier, date and citation.',
    request: { query: strictQuery({}) },
    responses: {
      200: {
        description: 'Every key figure.',
        content: {
          'application/json': { schema: z.array(KeyFigureDoc) },
        },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  cache.pin('key-figures', representation);
  app.openapi(route, (c) => respond(c, cache, 'key-figures', () => representation));
}
