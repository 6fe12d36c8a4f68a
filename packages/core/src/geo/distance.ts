import { InvalidArgumentError } from '../errors.js';
import type { Position } from '../schemas/primitives.js';
import type { BlueLineSide } from '../schemas/side.js';

/** Mean Earth radius in km (IUGG), the value turf uses, so results are comparable. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Distances below 1 mm are rounding noise of a point lying on the line (at a vertex of a short
 * segment it is of the order of µm): they come out as exactly 0, so that such points are "on
 * the line", not on a side chosen by noise.
 */
const ON_LINE_KM = 1e-6;

/** Distance from a point to a polyline, and which side of it the point lies on. */
export interface LineMeasure {
  /**
   * Great-circle distance in km from (lon, lat) to the nearest point of the line.
   * @throws {InvalidArgumentError} on a non-finite longitude or a latitude outside ±90°.
   */
  distanceKm(lon: number, lat: number): number;
  /**
   * Distance in km, positive to the left of the line's direction of travel, negative to the
   * right, 0 on it (within 1 mm). Its absolute value is always {@link LineMeasure.distanceKm}.
   * A point beyond an end, exactly on the extension of the end segment's great circle, counts
   * as left.
   * @throws {InvalidArgumentError} on a non-finite longitude or a latitude outside ±90°.
   */
  signedDistanceKm(lon: number, lat: number): number;
}

/**
 * Precomputed unit vectors and normals of a polyline's great-circle segments.
 *
 * Every query is then three dot products per segment (plus two squared chords for segments whose
 * arc the point does not project onto) and one `asin` at the end, with no allocation, which is
 * what makes a million points cheap.
 */
class GreatCirclePolyline implements LineMeasure {
  /** Per vertex, stride 3: unit vector (x, y, z). */
  private readonly vertices: Float64Array;
  /**
   * Per segment a→b, stride 9: the unit normal n = (a × b)/|a × b| (left of travel), then
   * n × a and b × n. A point p projects inside the arc a→b exactly when p·(n × a) ≥ 0 and
   * p·(b × n) ≥ 0.
   */
  private readonly frames: Float64Array;
  private readonly segments: number;

  constructor(coordinates: readonly Position[]) {
    const count = coordinates.length;
    const v = new Float64Array(count * 3);
    coordinates.forEach(([lon, lat], index) => {
      const phi = lat * RAD;
      const lambda = lon * RAD;
      v[index * 3] = Math.cos(phi) * Math.cos(lambda);
      v[index * 3 + 1] = Math.cos(phi) * Math.sin(lambda);
      v[index * 3 + 2] = Math.sin(phi);
    });
    this.vertices = v;
    this.segments = count - 1;
    const f = new Float64Array(this.segments * 9);
    const at = (i: number): number => v[i] ?? 0;
    for (let s = 0; s < this.segments; s++) {
      const [ax, ay, az] = [at(s * 3), at(s * 3 + 1), at(s * 3 + 2)];
      const [bx, by, bz] = [at(s * 3 + 3), at(s * 3 + 4), at(s * 3 + 5)];
      const cx = ay * bz - az * by;
      const cy = az * bx - ax * bz;
      const cz = ax * by - ay * bx;
      const norm = Math.hypot(cx, cy, cz);
      if (norm === 0) {
        throw new InvalidArgumentError(
          'coordinates',
          `segment ${s} has zero length or spans antipodes`,
        );
      }
      const nx = cx / norm;
      const ny = cy / norm;
      const nz = cz / norm;
      f.set(
        [
          nx,
          ny,
          nz,
          ny * az - nz * ay,
          nz * ax - nx * az,
          nx * ay - ny * ax,
          by * nz - bz * ny,
          bz * nx - bx * nz,
          bx * ny - by * nx,
        ],
        s * 9,
      );
    }
    this.frames = f;
  }

  // Scratch state of the last `nearest` call, so queries allocate nothing.
  private px = 0;
  private py = 0;
  private pz = 0;
  private bestSegment = -1;
  private bestVertex = -1;

  distanceKm(lon: number, lat: number): number {
    return this.nearest(lon, lat);
  }

  signedDistanceKm(lon: number, lat: number): number {
    const km = this.nearest(lon, lat);
    return km === 0 ? 0 : km * this.sideSign();
  }

  /** Unsigned distance in km; leaves the point and the nearest segment/vertex in scratch. */
  private nearest(lon: number, lat: number): number {
    // A NaN coordinate would otherwise fall through every comparison and come out as 0 km.
    if (!Number.isFinite(lon) || !(Math.abs(lat) <= 90)) {
      throw new InvalidArgumentError('point', `[${lon}, ${lat}] is not a longitude/latitude`);
    }
    const phi = lat * RAD;
    const lambda = lon * RAD;
    const cosPhi = Math.cos(phi);
    const px = cosPhi * Math.cos(lambda);
    const py = cosPhi * Math.sin(lambda);
    const pz = Math.sin(phi);

    // Compare squared chords between unit vectors (monotonic in the angle) and convert to an
    // angle once at the end.
    let best = Infinity;
    let bestSegment = -1;
    let bestVertex = -1;
    const { frames: f, vertices: v } = this;
    for (let s = 0; s < this.segments; s++) {
      const o = s * 9;
      // Sine of the angle from p to the segment's great circle.
      const dot = px * (f[o] ?? 0) + py * (f[o + 1] ?? 0) + pz * (f[o + 2] ?? 0);
      const afterA = px * (f[o + 3] ?? 0) + py * (f[o + 4] ?? 0) + pz * (f[o + 5] ?? 0);
      const beforeB = px * (f[o + 6] ?? 0) + py * (f[o + 7] ?? 0) + pz * (f[o + 8] ?? 0);
      if (afterA >= 0 && beforeB >= 0) {
        // Squared chord to the foot of the perpendicular, 2 − 2·cos(angle), written as
        // 2·sin²/(1 + cos) so that it never goes negative and keeps full precision near the
        // line (the naive form returns NaN for some points lying on it).
        const chord = (2 * dot * dot) / (1 + Math.sqrt(Math.max(0, 1 - dot * dot)));
        if (chord < best) {
          best = chord;
          bestSegment = s;
          bestVertex = -1;
        }
      } else {
        const a = s * 3;
        const da =
          (px - (v[a] ?? 0)) ** 2 + (py - (v[a + 1] ?? 0)) ** 2 + (pz - (v[a + 2] ?? 0)) ** 2;
        if (da < best) {
          best = da;
          bestSegment = s;
          bestVertex = s;
        }
        const db =
          (px - (v[a + 3] ?? 0)) ** 2 + (py - (v[a + 4] ?? 0)) ** 2 + (pz - (v[a + 5] ?? 0)) ** 2;
        if (db < best) {
          best = db;
          bestSegment = s;
          bestVertex = s + 1;
        }
      }
    }

    this.px = px;
    this.py = py;
    this.pz = pz;
    this.bestSegment = bestSegment;
    this.bestVertex = bestVertex;
    const km = 2 * Math.asin(Math.min(1, Math.sqrt(best) / 2)) * EARTH_RADIUS_KM;
    return km < ON_LINE_KM ? 0 : km;
  }

  /**
   * +1 left of travel, −1 right, for the point of the last {@link nearest} call: from the nearest
   * segment's normal, or at an interior vertex from the sum of both adjacent normals (the
   * pseudo-normal), which classifies points correctly on both convex and concave corners. A
   * point off the line but on the extension of an end segment's great circle is neither; it
   * counts as left (+1), so that the signed distance keeps its magnitude.
   */
  private sideSign(): number {
    const { px, py, pz, bestSegment: segment, bestVertex: vertex } = this;
    const f = this.frames;
    let o = segment * 9;
    let sx = f[o] ?? 0;
    let sy = f[o + 1] ?? 0;
    let sz = f[o + 2] ?? 0;
    if (vertex > 0 && vertex < this.segments) {
      o = (vertex === segment ? segment - 1 : segment + 1) * 9;
      sx += f[o] ?? 0;
      sy += f[o + 1] ?? 0;
      sz += f[o + 2] ?? 0;
    }
    return px * sx + py * sy + pz * sz < 0 ? -1 : 1;
  }
}

function checkCoordinates(coordinates: readonly Position[]): void {
  if (coordinates.length < 2) {
    throw new InvalidArgumentError('coordinates', 'a line needs at least two positions');
  }
  coordinates.forEach(([lon, lat], index) => {
    if (
      !Number.isFinite(lon) ||
      !Number.isFinite(lat) ||
      Math.abs(lat) > 90 ||
      Math.abs(lon) > 180
    ) {
      throw new InvalidArgumentError(
        `coordinates.${index}`,
        `[${lon}, ${lat}] is not a longitude/latitude`,
      );
    }
  });
}

/**
 * Builds a reusable distance function for a polyline given as GeoJSON positions
 * (`[lon, lat]`). Distances are great-circle (spherical Earth, radius {@link EARTH_RADIUS_KM}),
 * to the nearest point of any segment, so they agree with `@turf/point-to-line-distance` to
 * within metres.
 *
 * @example
 * const measure = createLineMeasure([[35.10, 33.09], [35.60, 33.10]]);
 * measure.distanceKm(35.3, 33.2); // ≈ 12 km
 */
export function createLineMeasure(coordinates: readonly Position[]): LineMeasure {
  checkCoordinates(coordinates);
  return new GreatCirclePolyline(coordinates);
}

/** Distance from the Blue Line and the country side a point lies on. */
export interface BlueLinePosition {
  /** Unsigned great-circle distance to the line in km. */
  readonly distanceKm: number;
  /** `lebanon` north of the line, `israel` south of it; points on the line count as Lebanon. */
  readonly side: BlueLineSide;
}

/** Measures points against the Blue Line. */
export interface BlueLineMeasure {
  /** Unsigned distance in km. */
  distanceKm(lon: number, lat: number): number;
  /** Distance in km and which country's side the point lies on. */
  locate(lon: number, lat: number): BlueLinePosition;
  /**
   * How far a point lies inside `country`, in km: the distance if the point is on that side,
   * 0 if it is on the other side (a strike that landed across the line has no depth into it).
   */
  depthIntoKm(lon: number, lat: number, country: BlueLineSide): number;
}

/**
 * Wraps a Blue Line given from the coast eastward (Lebanon on the left of travel, see
 * `BlueLineSchema`) as a side-aware measure.
 *
 * @example
 * const blueLine = createBlueLineMeasure(line.coordinates);
 * blueLine.locate(35.48, 33.38); // Nabatieh: { distanceKm: ≈ 14.5, side: 'lebanon' }
 */
export function createBlueLineMeasure(coordinates: readonly Position[]): BlueLineMeasure {
  const measure = createLineMeasure(coordinates);
  return {
    distanceKm: (lon, lat) => measure.distanceKm(lon, lat),
    locate(lon, lat) {
      const signed = measure.signedDistanceKm(lon, lat);
      return { distanceKm: Math.abs(signed), side: signed >= 0 ? 'lebanon' : 'israel' };
    },
    depthIntoKm(lon, lat, country) {
      const signed = measure.signedDistanceKm(lon, lat);
      if (country === 'lebanon') return signed >= 0 ? signed : 0;
      return signed < 0 ? -signed : 0;
    },
  };
}

/**
 * Great-circle distance in km between two points.
 * @example haversineKm(35.50, 33.89, 35.0, 32.8) // Beirut–Haifa ≈ 129 km
 */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dPhi = (lat2 - lat1) * RAD;
  const dLambda = (lon2 - lon1) * RAD;
  const h =
    Math.sin(dPhi / 2) ** 2 +
    Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
