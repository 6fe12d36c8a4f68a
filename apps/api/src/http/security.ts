/**
 * Security and CORS headers. They come from Hono's own `secureHeaders` and `cors` middleware,
 * run once at startup against a probe request: every response then carries them from a frozen
 * object, instead of each request paying for two middlewares that rewrite the response's
 * headers (which also forces @hono/node-server off its fast path).
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';

/** CORS open to every origin for reads: the data is public and needs no credentials. */
const OPEN_CORS = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'OPTIONS'],
  // Content-Length and Content-Type are CORS-safelisted already.
  exposeHeaders: ['ETag', 'Content-Disposition', 'Link'],
  maxAge: 86_400,
});

/**
 * For data responses (JSON, CSV, GeoJSON), the headers OWASP's REST Security Cheat Sheet lists
 * for APIs: a CSP that forbids everything including framing, HSTS, nosniff and DENY framing,
 * plus Cross-Origin-Resource-Policy open so other sites can fetch the data. Hono's other
 * defaults (COOP, Origin-Agent-Cluster, Referrer-Policy, X-XSS-Protection, X-Download-Options…)
 * only mean something for HTML documents, and every extra header costs every client on every
 * response.
 */
const API_SECURE_HEADERS = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  crossOriginResourcePolicy: 'cross-origin',
  xFrameOptions: 'DENY',
  referrerPolicy: false,
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});

/** For the HTML reference page: Hono's full default set (its CSP is set by the page itself). */
const PAGE_SECURE_HEADERS = secureHeaders({ crossOriginResourcePolicy: 'cross-origin' });

async function capture(
  ...middleware: MiddlewareHandler[]
): Promise<Readonly<Record<string, string>>> {
  const probe = new Hono();
  probe.use(...middleware);
  probe.get('/', (c) => c.body(null, 204));
  const response = await probe.request('/', { headers: { origin: 'https://example.org' } });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return Object.freeze(headers);
}

/**
 * Every data response points to the datasets' metadata (citation, licence, as-of date):
 * RFC 8288's `describedby`, so clients of any route, CSV included, can find how to cite it.
 */
export const METADATA_LINK = '</v1/metadata>; rel="describedby"; type="application/json"';

/** The headers every data response and every problem carries. */
export const STANDARD_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...(await capture(API_SECURE_HEADERS, OPEN_CORS)),
  link: METADATA_LINK,
});

/** The headers of HTML pages (/docs). */
export const PAGE_HEADERS: Readonly<Record<string, string>> = await capture(
  PAGE_SECURE_HEADERS,
  OPEN_CORS,
);

/** Answers CORS preflight (OPTIONS) requests with Hono's `cors`; other methods pass through. */
export function corsPreflight(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return OPEN_CORS(c, next);
    await next();
    return undefined;
  };
}
