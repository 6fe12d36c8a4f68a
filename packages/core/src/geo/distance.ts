import { InvalidArgumentError } from '../errors.js';
import type { Position } from '../schemas/primitives.js';
import type { BlueLineSide } from '../schemas/side.js';

/** Mean Earth radius in km (IUGG), the value turf uses, so results are comparable. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Distance from a point to a polyline, and which side of it the point lies on. */
export interface LineMeasure {
  /** Great-circle distance in km from (lon, lat) to the nearest point of the line. */
  distanceKm(lon: number, lat: number): number;
  /**
   * Distance in km, positive to the left of the line's direction of travel, negative to the
   * right, 0 on it.
   */
  signedDistanceKm(lon: number, lat: number): number;
}

/**
 * Precomputed unit vectors and normals of a polyline's great-circle segments.
 *
 * Every query is then a handful of dot products per segment and one `asin`/`atan2` at the end,
 * with no allocation, which is what makes a million points cheap.
 */
class GreatCirclePolyline implements LineMeasure {
  // Per vertex: unit vector (x, y, z).
  private readonly vx: Float64Array;
  private readonly vy: Float64Array;
  private readonly vz: Float64Array;
  // Per segment: unit normal of the great circle through its ends (left of travel).
  private readonly nx: Float64Array;
  private readonly ny: Float64Array;
  private readonly nz: Float64Array;
  private readonly segments: number;

  constructor(coordinates: readonly Position[]) {
    const vertices = coordinates.length;
    this.vx = new Float64Array(vertices);
    this.vy = new Float64Array(vertices);
    this.vz = new Float64Array(vertices);
    coordinates.forEach(([lon, lat], index) => {
      const phi = lat * RAD;
      const lambda = lon * RAD;
      this.vx[index] = Math.cos(phi) * Math.cos(lambda);
      this.vy[index] = Math.cos(phi) * Math.sin(lambda);
      this.vz[index] = Math.sin(phi);
    });
    this.segments = vertices - 1;
    this.nx = new Float64Array(this.segments);
    this.ny = new Float64Array(this.segments);
    this.nz = new Float64Array(this.segments);
    for (let s = 0; s < this.segments; s++) {
      const ax = this.vx[s] ?? 0;
      const ay = this.vy[s] ?? 0;
      const az = this.vz[s] ?? 0;
      const bx = this.vx[s + 1] ?? 0;
      const by = this.vy[s + 1] ?? 0;
      const bz = this.vz[s + 1] ?? 0;
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
      this.nx[s] = cx / norm;
      this.ny[s] = cy / norm;
      this.nz[s] = cz / norm;
    }
  }

  distanceKm(lon: number, lat: number): number {
    return Math.abs(this.signedDistanceKm(lon, lat));
  }

  signedDistanceKm(lon: number, lat: number): number {
    const phi = lat * RAD;
    const lambda = lon * RAD;
    const cosPhi = Math.cos(phi);
    const px = cosPhi * Math.cos(lambda);
    const py = cosPhi * Math.sin(lambda);
    const pz = Math.sin(phi);

    // Smallest chord-free measure first: compare squared Euclidean distances between unit
    // vectors (monotonic in the angle), convert to an angle once at the end.
    let best = Infinity;
    let bestSegment = -1;
    let bestVertex = -1;
    const { vx, vy, vz, nx, ny, nz } = this;
    for (let s = 0; s < this.segments; s++) {
      const sx = nx[s] ?? 0;
      const sy = ny[s] ?? 0;
      const sz = nz[s] ?? 0;
      const dot = px * sx + py * sy + pz * sz;
      // Projection of p onto the segment's great circle.
      const qx = px - dot * sx;
      const qy = py - dot * sy;
      const qz = pz - dot * sz;
      const ax = vx[s] ?? 0;
      const ay = vy[s] ?? 0;
      const az = vz[s] ?? 0;
      const bx = vx[s + 1] ?? 0;
      const by = vy[s + 1] ?? 0;
      const bz = vz[s + 1] ?? 0;
      // q lies within the arc a→b when (a × q)·n ≥ 0 and (q × b)·n ≥ 0.
      const aq = (ay * qz - az * qy) * sx + (az * qx - ax * qz) * sy + (ax * qy - ay * qx) * sz;
      const qb = (qy * bz - qz * by) * sx + (qz * bx - qx * bz) * sy + (qx * by - qy * bx) * sz;
      if (aq >= 0 && qb >= 0) {
        // Squared chord to the foot of the perpendicular: 2 − 2·cos(angle) with cos = |q|.
        const cos = Math.sqrt(qx * qx + qy * qy + qz * qz);
        const chord = 2 - 2 * cos;
        if (chord < best) {
          best = chord;
          bestSegment = s;
          bestVertex = -1;
        }
      } else {
        const da = (px - ax) ** 2 + (py - ay) ** 2 + (pz - az) ** 2;
        if (da < best) {
          best = da;
          bestSegment = s;
          bestVertex = s;
        }
        const db = (px - bx) ** 2 + (py - by) ** 2 + (pz - bz) ** 2;
        if (db < best) {
          best = db;
          bestSegment = s;
          bestVertex = s + 1;
        }
      }
    }

    const angle = 2 * Math.asin(Math.min(1, Math.sqrt(best) / 2));
    const km = angle * EARTH_RADIUS_KM;
    return km * this.sideSign(px, py, pz, bestSegment, bestVertex);
  }

  /**
   * +1 left of travel, −1 right, from the nearest segment's normal; at an interior vertex, from
   * the sum of both adjacent normals (the pseudo-normal), which classifies points correctly on
   * both convex and concave corners.
   */
  private sideSign(px: number, py: number, pz: number, segment: number, vertex: number): number {
    let sx = this.nx[segment] ?? 0;
    let sy = this.ny[segment] ?? 0;
    let sz = this.nz[segment] ?? 0;
    if (vertex > 0 && vertex < this.segments) {
      const other = vertex === segment ? segment - 1 : segment + 1;
      sx += this.nx[other] ?? 0;
      sy += this.ny[other] ?? 0;
      sz += this.nz[other] ?? 0;
    }
    const side = px * sx + py * sy + pz * sz;
    return side > 0 ? 1 : side < 0 ? -1 : 0;
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
 * blueLine.locate(35.57, 33.27); // { distanceKm: ≈ 15, side: 'lebanon' }
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
