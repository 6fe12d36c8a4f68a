/** The `bbox` parameter: `minLon,minLat,maxLon,maxLat` in WGS 84 degrees (GeoJSON order). */
import { z } from '@hono/zod-openapi';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A bounding box as a 4-tuple. */
export type BBox = readonly [number, number, number, number];

/** `bbox=35.1,33.0,35.9,33.4` → `[35.1, 33.0, 35.9, 33.4]`. */
export const BBoxParam = z
  .string()
  .transform((value, context): BBox => {
    const parts = value.split(',').map((part) => part.trim());
    if (parts.length !== 4 || parts.some((part) => !DECIMAL.test(part))) {
      context.addIssue({
        code: 'custom',
        message: 'must be four decimal numbers: minLon,minLat,maxLon,maxLat',
      });
      return z.NEVER;
    }
    const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = parts.map(Number);
    const problems: string[] = [];
    if (Math.abs(minLon) > 180 || Math.abs(maxLon) > 180)
      problems.push('longitudes must lie in −180…180');
    if (Math.abs(minLat) > 90 || Math.abs(maxLat) > 90)
      problems.push('latitudes must lie in −90…90');
    if (minLon > maxLon) problems.push('minLon is greater than maxLon');
    if (minLat > maxLat) problems.push('minLat is greater than maxLat');
    if (problems.length > 0) {
      context.addIssue({ code: 'custom', message: `is not a valid box: ${problems.join('; ')}` });
      return z.NEVER;
    }
    return [minLon, minLat, maxLon, maxLat];
  })
  .optional()
  .openapi({
    type: 'string',
    description:
      'Bounding box `minLon,minLat,maxLon,maxLat` (WGS 84 degrees, GeoJSON order); boxes crossing the antimeridian are not supported.',
    example: '35.1,33.0,35.9,33.4',
  });
