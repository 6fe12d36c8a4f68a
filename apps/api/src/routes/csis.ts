/**
 * GET /v1/csis — the "CSIS reported / we reproduce" table and the baseline ratios, as JSON or
 * as CSV through core's `csisComparisonCsvRows` (the story's methods-section download).
 */
import {
  CSIS_COMPARISON_CSV_COLUMNS,
  csisComparisonCsvRows,
  type CsisSnapshot,
} from '@blueline/core';
import { createRoute, z } from '@hono/zod-openapi';
import { csvRepresentation, CSV_CONTENT_TYPE } from '../http/csv.js';
import { jsonRepresentation, type Representation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { TableFormatParam } from '../params/common.js';
import { strictQuery } from '../params/strict-query.js';
import { CsisDoc } from '../schemas/documented.js';
import { respond, type ApiApp, type RouteContext } from './context.js';

/** Registers /v1/csis; both bodies are built at startup. */
export function registerCsis(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const bodies: Record<'json' | 'csv', Representation<CsisSnapshot | string>> = {
    json: jsonRepresentation(snapshot.csis).precompress(),
    csv: csvRepresentation(
      csisComparisonCsvRows(snapshot.csis.comparisons),
      CSIS_COMPARISON_CSV_COLUMNS,
      'csis-comparison.csv',
    ).precompress(),
  };
  const route = createRoute({
    method: 'get',
    path: '/v1/csis',
    tags: ['Summary'],
    summary: 'The CSIS comparison table',
    description:
      'Each figure of the CSIS brief (Byman, Jones, Palmer, 4 Oct 2024) next to the project’s reproduction from the same kind of data, the tolerance it is judged by and how it was computed; plus the baseline ratios behind the “4.5×” claim. Hezbollah-side depths and the incident ratio come from ACLED on both sides (the Hezbollah window starts in January 2024); each figure outside its tolerance carries `missExplanation`, one sentence. CSV has the comparison rows only.',
    request: { query: strictQuery({ format: TableFormatParam }) },
    responses: {
      200: {
        description: 'The table.',
        content: {
          'application/json': { schema: CsisDoc },
          [CSV_CONTENT_TYPE]: { schema: z.string().openapi({ format: 'text/csv' }) },
        },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  for (const format of ['json', 'csv'] as const) cache.pin(`csis:${format}`, bodies[format]);
  app.openapi(route, (c) => {
    const { format } = c.req.valid('query');
    return respond(c, cache, `csis:${format}`, () => bodies[format]);
  });
}
