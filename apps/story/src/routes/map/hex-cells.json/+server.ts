/**
 * The map's hex cells in their compact encoding (`$lib/map/hex-compact`), prerendered to
 * build/map/hex-cells.json. Fetched by the map's worker only when the map first nears the
 * viewport; the download for people stays `/data/hex-cells.json`.
 */
import { encodeHexCells } from '$lib/map/hex-compact';
import { loadSnapshot } from '$lib/server/snapshot';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
  new Response(`${JSON.stringify(encodeHexCells(loadSnapshot().hexCells))}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
