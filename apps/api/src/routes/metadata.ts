/**
 * GET /v1/metadata/{dataset} — the OWID-style metadata of each published dataset: description,
 * citation, licences, the date its data run to, and its sources. The same bytes as the story's
 * `/data/<dataset>.metadata.json`, from core's `datasetMetadataBody`. Every data response links
 * here (`Link: </v1/metadata>; rel="describedby"`, see http/security.ts).
 */
import {
  datasetDataEnd,
  datasetMetadataBody,
  DatasetMetadataSchema,
  PUBLISHED_DATASETS,
} from '@blueline/core';
import { createRoute, z } from '@hono/zod-openapi';
import { jsonRepresentation, Representation } from '../http/representation.js';
import { problemResponse } from '../http/problem.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { strictQuery } from '../params/strict-query.js';
import { respond, type ApiApp, type RouteContext } from './context.js';

const DATASET_IDS = PUBLISHED_DATASETS.map((dataset) => dataset.id) as [
  (typeof PUBLISHED_DATASETS)[number]['id'],
  ...(typeof PUBLISHED_DATASETS)[number]['id'][],
];

const JSON_TYPE = 'application/json';

/** Registers /v1/metadata and /v1/metadata/{dataset}; every body is built at startup. */
export function registerMetadata(app: ApiApp, { snapshot, cache }: RouteContext): void {
  // A snapshot without some source (a test fixture, an operator's partial build) cannot cite the
  // datasets computed from it: those answer 404 saying why, the others as usual.
  const built = new Map<string, string>();
  const missing = new Map<string, string>();
  for (const dataset of PUBLISHED_DATASETS) {
    try {
      built.set(
        dataset.id,
        datasetMetadataBody(dataset, snapshot.provenance, datasetDataEnd(dataset.id, snapshot)),
      );
    } catch (error) {
      missing.set(dataset.id, error instanceof Error ? error.message : String(error));
    }
  }
  const bodies = new Map(
    [...built].map(([id, body]) => [
      id,
      cache.pin(`metadata:${id}`, new Representation(body, JSON_TYPE).precompress()),
    ]),
  );
  const index = cache.pin(
    'metadata',
    jsonRepresentation(
      Object.fromEntries([...built].map(([id, body]) => [id, JSON.parse(body) as unknown])),
    ).precompress(),
  );

  const one = createRoute({
    method: 'get',
    path: '/v1/metadata/{dataset}',
    tags: ['Summary'],
    summary: 'Citation, licence and as-of date of a dataset',
    description: `OWID-style metadata of one published dataset: what it holds, how to cite it, the licences of the sources it is computed from, and the date its data run to (dateAsOf). Byte-identical to the story’s /data/<dataset>.metadata.json. Datasets and the routes that serve them: ${PUBLISHED_DATASETS.map((dataset) => `${dataset.id} = ${dataset.apiPath}`).join(', ')}. Every data response links here with Link: </v1/metadata>; rel="describedby".`,
    request: {
      params: z.object({
        dataset: z.enum(DATASET_IDS).openapi({
          param: { name: 'dataset', in: 'path' },
          description: `One of ${DATASET_IDS.join(', ')}.`,
          example: 'weekly',
        }),
      }),
      query: strictQuery({}),
    },
    responses: {
      200: {
        description: 'The dataset’s metadata.',
        content: { [JSON_TYPE]: { schema: DatasetMetadataSchema } },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  const all = createRoute({
    method: 'get',
    path: '/v1/metadata',
    tags: ['Summary'],
    summary: 'Citation, licence and as-of date of every dataset',
    description:
      'The metadata of every published dataset, keyed by dataset id (each value is what /v1/metadata/{dataset} answers). Every data response of this API links here with a Link header, rel="describedby".',
    request: { query: strictQuery({}) },
    responses: {
      200: {
        description: 'Metadata by dataset id.',
        content: { [JSON_TYPE]: { schema: z.record(z.string(), DatasetMetadataSchema) } },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  app.openapi(all, (c) => respond(c, cache, 'metadata', () => index));
  app.openapi(one, (c) => {
    const { dataset } = c.req.valid('param');
    const representation = bodies.get(dataset);
    if (representation === undefined) {
      return problemResponse(
        c,
        'not-found',
        `This snapshot cannot cite ${dataset}: ${missing.get(dataset) ?? 'no metadata'}.`,
      );
    }
    return respond(c, cache, `metadata:${dataset}`, () => representation);
  });
}
