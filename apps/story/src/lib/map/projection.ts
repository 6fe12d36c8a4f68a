/**
 * One projection for every map state. Geometry is projected once into a fixed "world" square
 * (server-side for the base map, in the browser for the lazily loaded hex cells), and the two
 * map views are plain scale-and-translate transforms of that world. Zooming is then a CSS
 * transform, not a re-projection, and the base map ships as ready-made path strings.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { MapView } from '$lib/story/types';

/** Side of the square world the projection fills, in world units. */
export const WORLD_SIZE = 1000;

/** [[west, south], [east, north]] in degrees. */
export type LonLatBox = readonly [readonly [number, number], readonly [number, number]];

/** Everything any view can show: Lebanon, northern Israel, the Golan and the coast. */
const WORLD_BOX: LonLatBox = [
  [34.3, 32.3],
  [37.0, 35.0],
];

/** What each view must keep in frame. */
export const VIEW_BOXES: Readonly<Record<MapView, LonLatBox>> = {
  // The border band: Tyre and Nabatieh to the north, Nahariya and Safed to the south.
  // Down to Haifa, where the deepest alert rings reach; east to the Golan.
  south: [
    [35.0, 32.76],
    [35.9, 33.55],
  ],
  // Southern and central Lebanon, for strikes on Beirut and the Bekaa around Baalbek.
  // North past Hermel, so the northern Bekaa's cells stay in frame, including the phone map's
  // larger (resolution-6) cells, which reach a few kilometres beyond the events they hold.
  lebanon: [
    [35.0, 32.76],
    [36.6, 34.56],
  ],
};

function boxCorners([[west, south], [east, north]]: LonLatBox): GeoJSON.MultiPoint {
  // Corners rather than a polygon: a point set has no winding order to get wrong.
  return {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
}

/** The world projection: Mercator fitted to the world box, clipped to it. */
export function createWorldProjection(): GeoProjection {
  return geoMercator()
    .fitSize([WORLD_SIZE, WORLD_SIZE], boxCorners(WORLD_BOX))
    .clipExtent([
      [0, 0],
      [WORLD_SIZE, WORLD_SIZE],
    ]);
}

/** A path generator into world units, rounded to 0.1 unit to keep the strings short. */
export function createWorldPath(projection: GeoProjection = createWorldProjection()) {
  return geoPath(projection).digits(1);
}

/** A world point, or `null` when the projection cannot place it. */
export function projectPoint(
  projection: GeoProjection,
  lon: number,
  lat: number,
): readonly [number, number] | null {
  const point = projection([lon, lat]);
  return point === null ? null : [point[0], point[1]];
}

/** Scale-and-translate from world units to screen pixels. */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The transform that fits a view's box into a `width` × `height` frame with `padding` pixels
 * on every side, centred.
 */
export function viewTransform(
  projection: GeoProjection,
  view: MapView,
  width: number,
  height: number,
  padding = 8,
): ViewTransform {
  const [[west, south], [east, north]] = VIEW_BOXES[view];
  const topLeft = projection([west, north]) ?? [0, 0];
  const bottomRight = projection([east, south]) ?? [WORLD_SIZE, WORLD_SIZE];
  const boxWidth = bottomRight[0] - topLeft[0];
  const boxHeight = bottomRight[1] - topLeft[1];
  const k = Math.min((width - 2 * padding) / boxWidth, (height - 2 * padding) / boxHeight);
  return {
    k,
    x: (width - k * boxWidth) / 2 - k * topLeft[0],
    y: (height - k * boxHeight) / 2 - k * topLeft[1],
  };
}

/** A world point in screen pixels under a view transform. */
export function applyTransform(
  transform: ViewTransform,
  point: readonly [number, number],
): [number, number] {
  return [transform.k * point[0] + transform.x, transform.k * point[1] + transform.y];
}
