import { InvalidArgumentError } from '../errors.js';
import type { Polygon } from '../schemas/geo.js';
import type { Position } from '../schemas/primitives.js';

/** How far the cutting region reaches beyond Lebanon, in degrees. */
export interface SouthOfLitaniOptions {
  /** A meridian west of the river mouth, out at sea. */
  readonly westLon: number;
  /** A meridian east of Lebanon's border. */
  readonly eastLon: number;
  /** A parallel south of Lebanon. */
  readonly southLat: number;
}

/** Defaults that enclose all of southern Lebanon with a wide margin. */
export const DEFAULT_SOUTH_OF_LITANI_OPTIONS: SouthOfLitaniOptions = {
  westLon: 34.5,
  eastLon: 36.5,
  southLat: 32.5,
};

/**
 * The region "south of the Litani" that UNSCR 1701 keeps free of armed groups other than the
 * Lebanese army and UNIFIL, as a polygon to intersect with Lebanon's outline.
 *
 * Resolution 1701 names the Litani but draws no map, and the river does not reach the border:
 * its lower course runs from the Qaraoun reservoir outflow south and then west to the sea. The
 * rule used here: the lower Litani from the sea to the Qaraoun outflow, closed on the east by a
 * straight line from the outflow to the Blue Line's eastern end on Mount Hermon. That keeps the
 * ground east of the river's southward stretch — Marjayoun, Khiam, Hasbaya, Shebaa, UNIFIL's
 * eastern sector — and leaves out Rashaya and the southern Bekaa further north.
 *
 * @param lowerLitani the lower course, ordered from the Qaraoun outflow to the sea.
 * @param hermonAnchor where the closing line meets the border: the Blue Line's eastern end.
 * @returns a counter-clockwise polygon: the river, then west out to sea, south, east, north to
 * the anchor's latitude, the anchor, and back to the outflow.
 * @throws {InvalidArgumentError} if the river is too short or runs the wrong way, the options do
 * not enclose it, or the closing line crosses it.
 */
export function southOfLitaniRegion(
  lowerLitani: readonly Position[],
  hermonAnchor: Position,
  options: SouthOfLitaniOptions = DEFAULT_SOUTH_OF_LITANI_OPTIONS,
): Polygon {
  const outflow = lowerLitani[0];
  const mouth = lowerLitani[lowerLitani.length - 1];
  if (outflow === undefined || mouth === undefined || lowerLitani.length < 2) {
    throw new InvalidArgumentError('lowerLitani', 'needs at least two positions');
  }
  if (!(outflow[0] > mouth[0])) {
    throw new InvalidArgumentError(
      'lowerLitani',
      'must run from the Qaraoun outflow (east) to the sea (west)',
    );
  }
  [...lowerLitani, hermonAnchor].forEach(([lon, lat], index) => {
    if (!(lon > options.westLon && lon < options.eastLon && lat > options.southLat)) {
      throw new InvalidArgumentError(
        index < lowerLitani.length ? `lowerLitani.${index}` : 'hermonAnchor',
        `[${lon}, ${lat}] lies outside the cutting region's margins`,
      );
    }
  });
  if (!(hermonAnchor[0] > outflow[0] && hermonAnchor[1] < outflow[1])) {
    throw new InvalidArgumentError('hermonAnchor', 'must lie south-east of the Qaraoun outflow');
  }
  assertClosingLineClear(lowerLitani, outflow, hermonAnchor);
  const ring: Position[] = [
    ...lowerLitani.map(([lon, lat]): Position => [lon, lat]),
    [options.westLon, mouth[1]],
    [options.westLon, options.southLat],
    [options.eastLon, options.southLat],
    [options.eastLon, hermonAnchor[1]],
    [hermonAnchor[0], hermonAnchor[1]],
    [outflow[0], outflow[1]],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

function cross(o: Position, a: Position, b: Position): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** The closing line must not cross the river, or the ring self-intersects. */
function assertClosingLineClear(river: readonly Position[], from: Position, to: Position): void {
  // Segment 0 starts at the outflow, which the closing line shares; start at segment 1.
  for (let i = 1; i < river.length - 1; i++) {
    const a = river[i];
    const b = river[i + 1];
    if (a === undefined || b === undefined) continue;
    const straddlesRiver = cross(a, b, from) * cross(a, b, to) < 0;
    const straddlesLine = cross(from, to, a) * cross(from, to, b) < 0;
    if (straddlesRiver && straddlesLine) {
      throw new InvalidArgumentError(
        `lowerLitani.${i}`,
        'the river crosses the closing line from the outflow to Mount Hermon',
      );
    }
  }
}
