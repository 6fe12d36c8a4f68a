/** GET /v1/geo/{layer} — the map layers (Blue Line, Litani, UNSCR 1701 zone, countries) as GeoJSON. */
import { GEO_LAYERS } from '@blueline/core';
import { createRoute, z } from '@hono/zod-openapi';
import { jsonRepresentation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { strictQuery } from '../params/strict-query.js';
import { GEOJSON_CONTENT_TYPE, LayerFeatureCollectionSchema } from '../schemas/geojson.js';
import { respond, type ApiApp, type RouteContext } from './context.js';

/** Registers /v1/geo/{layer}; every layer's body is built and compressed at startup. */
export function registerGeo(app: ApiApp, { snapshot, cache }: RouteContext): void {
  const layers = new Map(
    GEO_LAYERS.map((layer) => [
      layer,
      cache.pin(
        `geo:${layer}`,
        jsonRepresentation(snapshot.geo[layer], GEOJSON_CONTENT_TYPE).precompress(),
      ),
    ]),
  );
  const route = createRoute({
    method: 'get',
    path: '/v1/geo/{layer}',
    tags: ['Maps'],
    summary: 'Map layers',
    description:
      'GeoJSON (RFC 7946, WGS 84) of one layer. The Blue Line is the project’s approximation (about ±1 km): no official geometry is public.',
    request: {
      params: z.object({
        // Core's GeoLayerIdSchema values, rebuilt here so it carries OpenAPI metadata.
        layer: z.enum(GEO_LAYERS).openapi({
          param: { name: 'layer', in: 'path' },
          description: `One of ${GEO_LAYERS.join(', ')}.`,
          example: 'blue-line',
        }),
      }),
      query: strictQuery({}),
    },
    responses: {
      200: {
        description: 'The layer.',
        content: { [GEOJSON_CONTENT_TYPE]: { schema: LayerFeatureCollectionSchema } },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  app.openapi(route, (c) => {
    const { layer } = c.req.valid('param');
    const representation = layers.get(layer);
    // Every id the schema accepts has a body (built from GEO_LAYERS above).
    if (representation === undefined) throw new Error(`no body for layer ${layer}`);
    return respond(c, cache, `geo:${layer}`, () => representation);
  });
}
