/**
 * GET /openapi.json and GET /docs. Both are generated once, after every other route is
 * registered, and served as precomputed bodies.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Representation, jsonRepresentation } from '../http/representation.js';
import { ERROR_RESPONSES, NOT_MODIFIED_RESPONSE } from '../http/responses.js';
import { PAGE_HEADERS } from '../http/security.js';
import type { RepresentationCache } from '../http/cache.js';
import { respond } from '../routes/context.js';
import { strictQuery } from '../params/strict-query.js';
import { DocModelSchema } from './docs-model.js';
import { renderDocsPage } from './docs-page.js';
import { openApiDocument } from './document.js';

/** Registers the documentation routes. Call last: the document lists the routes registered so far. */
export function registerDocs(app: OpenAPIHono, cache: RepresentationCache): void {
  const specRoute = createRoute({
    method: 'get',
    path: '/openapi.json',
    tags: ['Meta'],
    summary: 'This API as an OpenAPI 3.1 document',
    request: { query: strictQuery({}) },
    responses: {
      200: {
        description: 'The OpenAPI document.',
        content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });
  const docsRoute = createRoute({
    method: 'get',
    path: '/docs',
    tags: ['Meta'],
    summary: 'This reference, as an HTML page',
    request: { query: strictQuery({}) },
    responses: {
      200: {
        description: 'The reference page; no scripts, works offline.',
        content: { 'text/html': { schema: z.string() } },
      },
      ...NOT_MODIFIED_RESPONSE,
      ...ERROR_RESPONSES,
    },
  });

  // Register first so the document describes these two routes as well, then build the bodies.
  const bodies: { spec?: Representation<Record<string, unknown>>; docs?: Representation<string> } =
    {};
  app.openapi(specRoute, (c) => respond(c, cache, 'openapi', () => ready(bodies.spec)));
  app.openapi(docsRoute, (c) => respond(c, cache, 'docs', () => ready(bodies.docs)));

  const document = openApiDocument(app);
  bodies.spec = jsonRepresentation(document as Record<string, unknown>).precompress();
  const page = renderDocsPage(DocModelSchema.parse(document));
  bodies.docs = new Representation<string>(page.html, 'text/html; charset=utf-8', {
    baseHeaders: PAGE_HEADERS,
    headers: {
      'Content-Security-Policy': `default-src 'none'; style-src ${page.styleHash}; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
    },
  }).precompress();
}

function ready<T>(representation: Representation<T> | undefined): Representation<T> {
  // Both bodies are assigned before registerDocs returns, i.e. before any request is served.
  if (representation === undefined) throw new Error('documentation requested before startup');
  return representation;
}
