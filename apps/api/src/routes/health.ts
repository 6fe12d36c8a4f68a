/** GET /health — liveness for load balancers and the benchmark's readiness check. */
import { createRoute, z } from '@hono/zod-openapi';
import { jsonRepresentation } from '../http/representation.js';
import { strictQuery } from '../params/strict-query.js';
import { respond, type ApiApp } from './context.js';
import type { RepresentationCache } from '../http/cache.js';

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    snapshot: z.string().openapi({ description: 'Hash of the snapshot files served.' }),
    incidents: z.boolean().openapi({
      description: 'Whether bring-your-own-data mode (/v1/incidents) is enabled.',
    }),
  })
  .openapi('Health');

/** Registers /health. Its body is fixed for the process; `no-store` because it reports liveness. */
export function registerHealth(
  app: ApiApp,
  cache: RepresentationCache,
  snapshotVersion: string,
  incidents: boolean,
): void {
  const representation = jsonRepresentation(
    { status: 'ok' as const, snapshot: snapshotVersion, incidents },
    'application/json',
    { cacheControl: 'no-store' },
  );
  const route = createRoute({
    method: 'get',
    path: '/health',
    tags: ['Meta'],
    summary: 'Liveness',
    request: { query: strictQuery({}) },
    responses: {
      200: {
        description: 'The server is up.',
        content: { 'application/json': { schema: HealthSchema } },
      },
    },
  });
  cache.pin('health', representation);
  app.openapi(route, (c) => respond(c, cache, 'health', () => representation));
}
