/** A scale bar for the map: a round number of kilometres that fits the room. Presentation only. */
import { geoDistance, type GeoProjection } from 'd3-geo';
import type { ViewTransform } from './projection';

const EARTH_RADIUS_KM = 6371;
const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200] as const;

export interface ScaleBar {
  readonly km: number;
  readonly px: number;
}

/**
 * Screen pixels per kilometre along the parallel `lat` near `lon` (Mercator's scale varies with
 * latitude, so the bar is true at the map's middle latitude).
 */
export function pixelsPerKm(
  projection: GeoProjection,
  transform: ViewTransform,
  lon: number,
  lat: number,
): number {
  const a = projection([lon, lat]);
  const b = projection([lon + 0.1, lat]);
  if (a === null || b === null) return 0;
  const km = geoDistance([lon, lat], [lon + 0.1, lat]) * EARTH_RADIUS_KM;
  return (Math.hypot(b[0] - a[0], b[1] - a[1]) * transform.k) / km;
}

/** The longest round length whose bar fits in `maxPx`. */
export function scaleBar(pxPerKm: number, maxPx: number): ScaleBar {
  let best: ScaleBar = { km: NICE_KM[0], px: pxPerKm * NICE_KM[0] };
  for (const km of NICE_KM) {
    if (pxPerKm * km <= maxPx) best = { km, px: pxPerKm * km };
  }
  return best;
}
