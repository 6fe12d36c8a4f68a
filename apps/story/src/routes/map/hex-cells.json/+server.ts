/**
 * The map's hex cells in their compact encoding (`$lib/map/hex-compact`), prerendered to
 * build/map/hex-cells.json. Fetched by the map's worker only when the map first nears the
 * viewport; the download for people stays `/data/hex-cells.json`. Carries a coarser layer
 * (resolution 6) for the phone map at Lebanon scale.
 */
import { encodeHexCells } from '$lib/map/hex-compact';
import { coarseHexLayer } from '$lib/server/hex-coarse';
import { loadSnapshot } from '$lib/server/snapshot';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
  const cells = loadSnapshot().hexCells;
  return new Response(`${JSON.stringify(encodeHexCells(cells, coarseHexLayer(cells)))}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
