/**
 * GET /v1/provenance — where every number comes from: per source, the files read (name, SHA-256,
 * size), the dates covered, rows read, kept and rejected by reason, licence, attribution, notes.
 */
import { createRoute } from '@hono/zod-openapi';
import { jsonRepresentation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { strictQuery } from '../params/strict-query.js';
import { ProvenanceDoc } from '../schemas/documented.js';
import { respond, type ApiApp, type RouteContext } from './context.js';

/** Registers /v1/provenance; its one body is built and compressed at startup. */
export function registerProvenance(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const representation = jsonRepresentation(snapshot.provenance).precompress();
  const route = createRoute({
    method: 'get',
    path: '/v1/provenance',
    tags: ['Summary'],
    summary: 'Full provenance of the snapshot',
    description:
      'For each source: the files the pipeline read (name, SHA-256, bytes), the dates it covers, rows read, kept and rejected by reason, its licence and the attribution it requires. /v1/summary carries the same in brief. `seams` lists where a series joins two source versions (ACLED Lebanon on 11/12 October 2024) so charts can mark it; `completenessNotes` says why weekly rows are lower bounds, and whether the note rests on a manifest that matches the file or on a stale one.',
    request: { query: strictQuery({}) },
    responses: {
      200: {
        description: 'The provenance record.',
        content: { 'application/json': { schema: ProvenanceDoc } },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  cache.pin('provenance', representation);
  app.openapi(route, (c) => respond(c, cache, 'provenance', () => representation));
}
