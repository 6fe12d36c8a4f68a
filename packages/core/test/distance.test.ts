import { lineString } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BlueLineMeasure,
  createBlueLineMeasure,
  createLineMeasure,
  EARTH_RADIUS_KM,
  haversineKm,
  InvalidArgumentError,
  type Position,
} from '../src/index.js';
import { HAS_BLUE_LINE, loadBlueLine, seeded } from './helpers/raw.js';

const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM; // 111.195 km of great circle

type Vec = [number, number, number];
const toVec = ([lon, lat]: Position): Vec => {
  const phi = (lat * Math.PI) / 180;
  const lambda = (lon * Math.PI) / 180;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
};
const toPosition = ([x, y, z]: Vec): Position => [
  (Math.atan2(y, x) * 180) / Math.PI,
  (Math.asin(Math.max(-1, Math.min(1, z))) * 180) / Math.PI,
];
const cross = (a: Vec, b: Vec): Vec => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

describe('createLineMeasure: known geometry', () => {
  const equator = createLineMeasure([
    [0, 0],
    [10, 0],
  ]);

  it('measures a point due north of an east–west great-circle segment', () => {
    expect(equator.distanceKm(5, 1)).toBeCloseTo(KM_PER_DEGREE, 9);
    expect(equator.distanceKm(5, 1)).toBeCloseTo(111.195, 3);
    expect(equator.signedDistanceKm(5, 1)).toBeCloseTo(KM_PER_DEGREE, 9); // north = left of eastward
    expect(equator.signedDistanceKm(5, -2.5)).toBeCloseTo(-2.5 * KM_PER_DEGREE, 9);
    expect(equator.distanceKm(5, 0)).toBe(0);
  });

  it('measures a point due east of a meridian segment', () => {
    const meridian = createLineMeasure([
      [35, 33],
      [35, 34],
    ]);
    // Angular distance to the meridian plane: asin(cos φ · sin Δλ).
    const expected =
      Math.asin(Math.cos((33.5 * Math.PI) / 180) * Math.sin((0.1 * Math.PI) / 180)) *
      EARTH_RADIUS_KM;
    expect(meridian.distanceKm(35.1, 33.5)).toBeCloseTo(expected, 9);
    expect(meridian.signedDistanceKm(35.1, 33.5)).toBeLessThan(0); // east = right of northward
    expect(meridian.signedDistanceKm(34.9, 33.5)).toBeGreaterThan(0);
  });

  it('measures to the endpoints beyond either end', () => {
    // On the segment's great circle but beyond its end: once measured as 0 km (its side test
    // is 0, and the distance was multiplied by it).
    expect(equator.distanceKm(12, 0)).toBeCloseTo(2 * KM_PER_DEGREE, 9);
    expect(equator.signedDistanceKm(12, 0)).toBeCloseTo(2 * KM_PER_DEGREE, 9);
    expect(equator.distanceKm(-1, 0)).toBeCloseTo(KM_PER_DEGREE, 9);
    expect(equator.distanceKm(-3, 4)).toBeCloseTo(haversineKm(-3, 4, 0, 0), 9);
    expect(equator.distanceKm(11, -1)).toBeCloseTo(haversineKm(11, -1, 10, 0), 9);
  });

  it('measures to a vertex between segments', () => {
    const bent = createLineMeasure([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(bent.distanceKm(1.3, -0.4)).toBeCloseTo(haversineKm(1.3, -0.4, 1, 0), 9);
    expect(bent.distanceKm(1, 0)).toBe(0);
  });

  it('tells sides at concave and convex corners (pseudo-normal at vertices)', () => {
    // Left turn: the left side is the inside of the corner.
    const left = createLineMeasure([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(left.signedDistanceKm(0.9, 0.1)).toBeGreaterThan(0);
    expect(left.signedDistanceKm(1.2, -0.1)).toBeLessThan(0); // outside, nearest the vertex
    // Right turn: the left side is the outside.
    const right = createLineMeasure([
      [0, 0],
      [1, 0],
      [1, -1],
    ]);
    expect(right.signedDistanceKm(1.2, 0.1)).toBeGreaterThan(0);
    expect(right.signedDistanceKm(0.9, -0.1)).toBeLessThan(0);
    // A hairpin: beyond the tip the first segment's normal alone would say "left"; the point is
    // outside the wedge, i.e. on the right.
    const hairpin = createLineMeasure([
      [0, 0],
      [1, 0],
      [0, 0.5],
    ]);
    expect(hairpin.signedDistanceKm(1.3, 0.1)).toBeLessThan(0);
    expect(hairpin.signedDistanceKm(0.5, 0.1)).toBeGreaterThan(0); // inside the wedge
    const mirrored = createLineMeasure([
      [0, 0],
      [1, 0],
      [0, -0.5],
    ]);
    expect(mirrored.signedDistanceKm(1.3, -0.1)).toBeGreaterThan(0);
  });

  it('rejects bad lines and bad points', () => {
    expect(() => createLineMeasure([[35, 33]])).toThrow('at least two positions');
    expect(() =>
      createLineMeasure([
        [35, 33],
        [35, 33],
      ]),
    ).toThrow('zero length');
    expect(() =>
      createLineMeasure([
        [35, 33],
        [35, 91],
      ]),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      createLineMeasure([
        [35, 33],
        [Number.NaN, 33],
      ]),
    ).toThrow('coordinates.1');
    // A NaN point used to come out as 0 km.
    expect(() => equator.distanceKm(Number.NaN, 1)).toThrow(InvalidArgumentError);
    expect(() => equator.signedDistanceKm(5, 95)).toThrow(InvalidArgumentError);
  });
});

describe('createLineMeasure: properties', () => {
  const position = fc.tuple(
    fc.double({ min: 34, max: 37, noNaN: true }),
    fc.double({ min: 32, max: 35, noNaN: true }),
  );

  it('is finite, non-negative and 0 at every vertex (property)', () => {
    fc.assert(
      fc.property(fc.array(position, { minLength: 2, maxLength: 8 }), position, (coords, p) => {
        fc.pre(
          coords.every((c, i) => i === 0 || haversineKm(...c, ...(coords[i - 1] ?? c)) > 0.01),
        );
        const measure = createLineMeasure(coords);
        const d = measure.distanceKm(...p);
        expect(Number.isFinite(d)).toBe(true);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(Math.abs(measure.signedDistanceKm(...p))).toBe(d);
        for (const vertex of coords) {
          const at = measure.distanceKm(...vertex);
          expect(at).toBe(0);
          expect(measure.signedDistanceKm(...vertex)).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives a point and its mirror image across a segment equal distances and opposite sides (property)', () => {
    fc.assert(
      fc.property(position, position, position, (a, b, p) => {
        fc.pre(haversineKm(...a, ...b) > 1);
        const measure = createLineMeasure([a, b]);
        const normalRaw = cross(toVec(a), toVec(b));
        const length = Math.hypot(...normalRaw);
        const n: Vec = [normalRaw[0] / length, normalRaw[1] / length, normalRaw[2] / length];
        const v = toVec(p);
        // A point on the segment's great circle is its own mirror image, on neither side.
        fc.pre(Math.abs(dot(v, n)) > 1e-9);
        const k = 2 * dot(v, n);
        const mirror = toPosition([v[0] - k * n[0], v[1] - k * n[1], v[2] - k * n[2]]);
        const d = measure.signedDistanceKm(...p);
        const dMirror = measure.signedDistanceKm(...mirror);
        expect(Math.abs(d) - Math.abs(dMirror)).toBeCloseTo(0, 6);
        if (Math.abs(d) > 1e-6) expect(Math.sign(d)).toBe(-Math.sign(dMirror));
      }),
      { numRuns: 500 },
    );
  });
});

describe('createBlueLineMeasure', () => {
  // Runs east, so Lebanon (left of travel) is north, as for the real line.
  const line = createBlueLineMeasure([
    [35.1, 33.1],
    [35.6, 33.1],
  ]);

  it('names the side and the depth into each country', () => {
    const north = line.locate(35.3, 33.2);
    expect(north.side).toBe('lebanon');
    expect(north.distanceKm).toBeGreaterThan(10);
    expect(north.distanceKm).toBeLessThan(12);
    expect(line.locate(35.3, 33.0).side).toBe('israel');
    expect(line.depthIntoKm(35.3, 33.2, 'lebanon')).toBeCloseTo(north.distanceKm, 12);
    expect(line.depthIntoKm(35.3, 33.2, 'israel')).toBe(0);
    expect(line.depthIntoKm(35.3, 33.0, 'israel')).toBeCloseTo(line.distanceKm(35.3, 33.0), 12);
    expect(line.depthIntoKm(35.3, 33.0, 'lebanon')).toBe(0);
  });

  it('counts points on the line as Lebanon, at 0 km', () => {
    expect(line.locate(35.1, 33.1)).toEqual({ distanceKm: 0, side: 'lebanon' });
    expect(line.depthIntoKm(35.1, 33.1, 'israel')).toBe(0);
  });

  it('measures great-circle distance between points', () => {
    expect(haversineKm(35.5, 33.89, 35.0, 32.8)).toBeGreaterThan(128);
    expect(haversineKm(35.5, 33.89, 35.0, 32.8)).toBeLessThan(131);
    expect(haversineKm(35, 33, 35, 33)).toBe(0);
    expect(haversineKm(0, 0, 180, 0)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });
});

describe.skipIf(!HAS_BLUE_LINE)('the real (approximate) Blue Line', () => {
  let coordinates: Position[] = [];
  let blueLine: BlueLineMeasure;
  beforeAll(() => {
    coordinates = loadBlueLine();
    blueLine = createBlueLineMeasure(coordinates);
  });

  it('runs from the coast at Ras Naqoura east to the Hermon area', () => {
    expect(coordinates).toHaveLength(68);
    expect(coordinates[0]?.[0]).toBeLessThan(35.2);
    expect(coordinates.at(-1)?.[0]).toBeGreaterThan(35.8);
  });

  it('puts Lebanese and Israeli towns on their sides', () => {
    // Beirut's nearest point of this line is its north-eastern end near Mt Hermon, ~63 km away
    // (not the ~80–90 km of the coastal road distance to Naqoura).
    const beirut = blueLine.locate(35.5018, 33.8938);
    const [endLon = 0, endLat = 0] = coordinates.at(-1) ?? [];
    expect(beirut.side).toBe('lebanon');
    expect(beirut.distanceKm).toBeCloseTo(haversineKm(35.5018, 33.8938, endLon, endLat), 6);
    expect(beirut.distanceKm).toBeGreaterThan(60);
    expect(beirut.distanceKm).toBeLessThan(66);

    const haifa = blueLine.locate(34.9896, 32.794);
    expect(haifa.side).toBe('israel');
    expect(haifa.distanceKm).toBeGreaterThan(30);
    expect(haifa.distanceKm).toBeLessThan(40);

    const kiryatShmona = blueLine.locate(35.5697, 33.2073);
    expect(kiryatShmona.side).toBe('israel');
    expect(kiryatShmona.distanceKm).toBeGreaterThan(0.5);
    expect(kiryatShmona.distanceKm).toBeLessThan(5);

    const nabatieh = blueLine.locate(35.4836, 33.3772);
    expect(nabatieh.side).toBe('lebanon');
    expect(nabatieh.distanceKm).toBeCloseTo(14.5, 0);

    expect(blueLine.locate(35.2033, 33.2705).side).toBe('lebanon'); // Tyre
    expect(blueLine.locate(35.0818, 32.9281).side).toBe('israel'); // Nahariya
  });

  it('is 0 km (never NaN) at every vertex of the real line', () => {
    for (const [lon, lat] of coordinates)
      expect(blueLine.locate(lon, lat)).toEqual({ distanceKm: 0, side: 'lebanon' });
  });

  it('agrees with @turf/point-to-line-distance (geodesic) within 10 m on 400 points', () => {
    const random = seeded(1701);
    const turfLine = lineString(coordinates.map(([x, y]) => [x, y]));
    let maxDiffKm = 0;
    for (let i = 0; i < 400; i++) {
      const lon = 34.9 + random() * 1.2;
      const lat = 32.6 + random() * 1.5;
      const turf = pointToLineDistance([lon, lat], turfLine, {
        method: 'geodesic',
        units: 'kilometers',
      });
      maxDiffKm = Math.max(maxDiffKm, Math.abs(blueLine.distanceKm(lon, lat) - turf));
    }
    expect(maxDiffKm).toBeLessThan(0.01);
  });
});
