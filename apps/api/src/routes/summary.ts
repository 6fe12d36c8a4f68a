/**
 * GET /v1/summary — the snapshot at a glance: headline figures, the CSIS-vs-reproduced table,
 * coverage per source and provenance in brief (the full record is /v1/provenance), built by core
 * `buildSummary`.
 */
import { buildSummary } from '@blueline/core';
import { createRoute } from '@hono/zod-openapi';
import { jsonRepresentation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { strictQuery } from '../params/strict-query.js';
import { SummaryDoc } from '../schemas/documented.js';
import { respond, type ApiApp, type RouteContext } from './context.js';

/** Registers /v1/summary; its one body is built and compressed at startup. */
export function registerSummary(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const representation = jsonRepresentation(
    buildSummary(snapshot.csis, snapshot.provenance),
  ).precompress();
  const route = createRoute({
    method: 'get',
    path: '/v1/summary',
    tags: ['Summary'],
    summary: 'Headline figures, the CSIS comparison, coverage and provenance',
    description:
      'What the project reproduces of the CSIS brief (Byman, Jones, Palmer, "Escalating to All-Out War", 4 Oct 2024), how each number was computed, the dates each source covers, and where every number comes from in brief (files, hashes, rows read/kept/rejected; the full record is /v1/provenance).',
    request: { query: strictQuery({}) },
    responses: {
      200: {
        description: 'The summary.',
        content: { 'application/json': { schema: SummaryDoc } },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  cache.pin('summary', representation);
  app.openapi(route, (c) => respond(c, cache, 'summary', () => representation));
}
