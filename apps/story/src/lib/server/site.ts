/**
 * Where the story is published. Share cards need absolute URLs, so the origin is read at build
 * time from SITE_ORIGIN (e.g. `SITE_ORIGIN=https://blueline.example.org pnpm build`); without
 * it, the address `./run start` serves.
 */
export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

/** The share card image: a path under the origin, and its size in pixels (Open Graph's 1.91:1). */
export const SHARE_IMAGE = { path: '/share-card.png', width: 1200, height: 630 } as const;

/** The site's origin, without a trailing slash. @throws {Error} when SITE_ORIGIN is not a URL. */
export function siteOrigin(value: string | undefined = process.env['SITE_ORIGIN']): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_ORIGIN;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_ORIGIN: “${value}” is not an absolute URL (e.g. https://example.org)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_ORIGIN: “${value}” must be an http or https URL`);
  }
  // A path is allowed (a story published under /projects/blueline), never a query or hash.
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
