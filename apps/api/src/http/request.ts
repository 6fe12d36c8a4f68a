/**
 * Cheap reads of the request for the hot path. Under @hono/node-server, `c.req.header()` first
 * copies every incoming header into a web `Headers` object and `c.req.url` is an absolute URL;
 * Node's parser already holds the raw header list and the request target as sent, so those are
 * read directly when present, with Hono's API as the fallback (tests, other runtimes).
 */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

function incomingOf(c: Context): HttpBindings['incoming'] | undefined {
  return (c.env as Partial<HttpBindings> | undefined)?.incoming;
}

/** A request header's value, or `undefined`. `name` must be lower-case. */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = incomingOf(c);
  if (incoming === undefined) return c.req.header(name);
  // Scanning the raw list beats building Node's header object for one or two lookups.
  const raw = incoming.rawHeaders;
  let found: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i] ?? '';
    if (key.length === name.length && key.toLowerCase() === name) {
      const value = raw[i + 1] ?? '';
      found = found === undefined ? value : `${found}, ${value}`;
    }
  }
  return found;
}

/** The request target — path and query, as sent — of an absolute request URL. */
export function requestTarget(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start < 0 ? '/' : url.slice(start);
}

/**
 * The request target of the current request. Node's `incoming.url` is it verbatim for the usual
 * origin-form (`/path?query`); anything else goes through the parsed URL.
 */
export function currentTarget(c: Context): string {
  const url = incomingOf(c)?.url;
  return url?.startsWith('/') === true ? url : requestTarget(c.req.url);
}
