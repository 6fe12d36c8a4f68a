/** The share card image, drawn from the snapshot at build time (see $lib/server/share-card). */
import { buildCopyValues } from '$lib/facts/values';
import { shareCardPng } from '$lib/server/share-card';
import { loadSnapshot } from '$lib/server/snapshot';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
  const snapshot = loadSnapshot();
  const png = shareCardPng(snapshot, buildCopyValues(snapshot));
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
