/**
 * HTTP behaviour shared by every route: conditional requests, compression, CORS, security
 * headers and the access log.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch } from '../src/http/send.js';
import { negotiateEncoding } from '../src/http/encoding.js';
import { get, testApp } from './helpers.js';

const { app } = testApp();

describe('ETag and 304', () => {
  it('sends a strong ETag and public caching for snapshot responses', async () => {
    const response = await get(app, '/v1/weekly?side=israel');
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('answers 304 with no body to a matching If-None-Match', async () => {
    const first = await get(app, '/v1/distance');
    const etag = first.headers.get('etag') ?? '';
    const second = await get(app, '/v1/distance', { 'if-none-match': etag });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(second.headers.get('etag')).toBe(etag);
    expect(second.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('matches a tag among several, weak or strong, and *', async () => {
    const etag = (await get(app, '/v1/summary')).headers.get('etag') ?? '';
    for (const header of [`"nope", ${etag}`, `W/${etag}`, '*']) {
      expect((await get(app, '/v1/summary', { 'if-none-match': header })).status).toBe(304);
    }
    expect((await get(app, '/v1/summary', { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('gives different queries different tags, and the same query the same tag', async () => {
    const a = (await get(app, '/v1/weekly?side=israel')).headers.get('etag');
    const b = (await get(app, '/v1/weekly?side=hezbollah')).headers.get('etag');
    const c = (await get(app, '/v1/weekly?format=json&side=israel')).headers.get('etag');
    expect(a).not.toBe(b);
    expect(a).toBe(c);
  });

  it('accepts a tag from a compressed response for the identity one', async () => {
    const br = await get(app, '/v1/weekly', { 'accept-encoding': 'br' });
    const tag = br.headers.get('etag') ?? '';
    expect(tag).toMatch(/\.br"$/);
    expect((await get(app, '/v1/weekly', { 'if-none-match': tag })).status).toBe(304);
  });

  it('parses If-None-Match strictly', () => {
    expect(matchesIfNoneMatch('"abc"', 'abc')).toBe(true);
    expect(matchesIfNoneMatch('"abc.gzip"', 'abc')).toBe(true);
    expect(matchesIfNoneMatch('abc', 'abc')).toBe(false);
    expect(matchesIfNoneMatch('"', 'abc')).toBe(false);
    expect(matchesIfNoneMatch(undefined, 'abc')).toBe(false);
  });
});

describe('answering repeated requests from the cache', () => {
  it('answers a repeated request identically, per coding and condition', async () => {
    const fresh = testApp().app;
    const url = '/v1/weekly?side=israel&from=2023-10-15';
    const first = await get(fresh, url);
    const again = await get(fresh, url);
    expect(await again.text()).toBe(await first.text());
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    const br = await get(fresh, url, { 'accept-encoding': 'br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    const etag = first.headers.get('etag') ?? '';
    expect((await get(fresh, url, { 'if-none-match': etag })).status).toBe(304);
    expect((await fresh.request(url, { method: 'HEAD' })).status).toBe(200);
    expect((await fresh.request(url, { method: 'POST' })).status).toBe(405);
  });

  it('still validates every request that differs, even by one character', async () => {
    const fresh = testApp().app;
    expect((await get(fresh, '/v1/weekly?side=israel')).status).toBe(200);
    expect((await get(fresh, '/v1/weekly?side=israell')).status).toBe(400);
    expect((await get(fresh, '/v1/weekly?side=israel&side=israel')).status).toBe(400);
  });

  it('rebuilds a body the byte budget evicted', async () => {
    const small = testApp(undefined, { cacheBytes: 1 }).app;
    const a = await (await get(small, '/v1/weekly?side=israel')).text();
    await get(small, '/v1/weekly?side=hezbollah');
    expect(await (await get(small, '/v1/weekly?side=israel')).text()).toBe(a);
  });
});

describe('compression', () => {
  it('serves brotli when accepted, decoding to the identity body', async () => {
    const identity = await (await get(app, '/v1/weekly')).text();
    const response = await get(app, '/v1/weekly', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(Buffer.byteLength(identity));
    expect(brotliDecompressSync(body).toString('utf8')).toBe(identity);
  });

  it('serves gzip when brotli is not accepted', async () => {
    const identity = await (await get(app, '/v1/weekly?format=csv')).text();
    const response = await get(app, '/v1/weekly?format=csv', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = Buffer.from(await response.arrayBuffer());
    expect(gunzipSync(body).toString('utf8')).toBe(identity);
  });

  it('compresses responses built on demand too', async () => {
    const url = '/v1/cells?format=geojson&side=israel&from=2023-10-15';
    const identity = await (await get(app, url)).text();
    const response = await get(app, url, { 'accept-encoding': 'br;q=0.5, gzip;q=0.9' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')).toBe(identity);
  });

  it('leaves tiny bodies alone', async () => {
    const response = await get(app, '/health', { 'accept-encoding': 'br' });
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('negotiates codings by q-value, preferring br on ties', () => {
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('gzip, br')).toBe('br');
    expect(negotiateEncoding('gzip;q=1, br;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0.5, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('deflate')).toBe('identity');
    expect(negotiateEncoding('gzip;q=nonsense')).toBe('identity');
  });
});

describe('CORS', () => {
  it('allows any origin on GET', async () => {
    const response = await get(app, '/v1/weekly', { origin: 'https://newsroom.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('answers preflight requests', async () => {
    const response = await app.request('/v1/weekly', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://newsroom.example',
        'access-control-request-method': 'GET',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('sets CORS headers on errors too, so browsers can read them', async () => {
    const response = await get(app, '/v1/weekly?side=x', { origin: 'https://a.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('security headers', () => {
  it('sets Hono’s secure headers for an API (OWASP REST set), open to cross-origin reads', async () => {
    for (const url of ['/v1/summary', '/v1/weekly?format=csv', '/v1/weekly?side=x', '/nope']) {
      const response = await get(app, url);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), url).toBe('DENY');
      expect(response.headers.get('cross-origin-resource-policy'), url).toBe('cross-origin');
      expect(response.headers.get('content-security-policy'), url).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(response.headers.get('strict-transport-security'), url).toContain('max-age=');
      // HTML-only headers stay off data responses (see src/http/security.ts).
      expect(response.headers.get('x-xss-protection'), url).toBeNull();
    }
  });

  it('gives the HTML page Hono’s full default set', async () => {
    const response = await get(app, '/docs');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives /docs a CSP that allows only its own stylesheet', async () => {
    const response = await get(app, '/docs');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('script-src');
    // One policy, not the API-wide one joined to it (which would block the stylesheet).
    expect(csp).not.toContain(',');
  });
});

describe('access log', () => {
  it('writes one JSON line per request', async () => {
    const lines: string[] = [];
    const logged = testApp(undefined, { accessLog: (line) => lines.push(line) }).app;
    await get(logged, '/v1/weekly?side=israel');
    await get(logged, '/nope');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(first).sort()).toEqual(
      ['bytes', 'durationMs', 'method', 'path', 'status', 'time'].sort(),
    );
    expect(first).toMatchObject({ method: 'GET', path: '/v1/weekly', status: 200 });
    expect(first.bytes).toBeGreaterThan(0);
    expect(JSON.parse(lines[1] ?? '{}')).toMatchObject({ path: '/nope', status: 404 });
  });
});
