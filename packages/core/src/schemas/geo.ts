import { z } from 'zod';
import { PositionSchema } from './primitives.js';

/** A GeoJSON LineString geometry. */
export const LineStringSchema = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(PositionSchema).min(2),
});
/** A GeoJSON LineString geometry. */
export type LineString = z.infer<typeof LineStringSchema>;

/** A GeoJSON MultiLineString geometry. */
export const MultiLineStringSchema = z.object({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(PositionSchema).min(2)).min(1),
});
/** A GeoJSON MultiLineString geometry. */
export type MultiLineString = z.infer<typeof MultiLineStringSchema>;

const LinearRingSchema = z
  .array(PositionSchema)
  .min(4)
  .refine(
    (ring) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      return (
        first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]
      );
    },
    { message: 'ring is not closed' },
  );

/** A GeoJSON Polygon geometry. */
export const PolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(LinearRingSchema).min(1),
});
/** A GeoJSON Polygon geometry. */
export type Polygon = z.infer<typeof PolygonSchema>;

/** A GeoJSON MultiPolygon geometry. */
export const MultiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRingSchema).min(1)).min(1),
});
/** A GeoJSON MultiPolygon geometry. */
export type MultiPolygon = z.infer<typeof MultiPolygonSchema>;

/**
 * The approximate Blue Line, oriented from the coast at Ras Naqoura eastward to Mount Hermon,
 * so that Lebanon lies to the left (north) of the direction of travel.
 */
export const BlueLineSchema = LineStringSchema;
/** The approximate Blue Line, coast to Hermon. */
export type BlueLine = LineString;

/** The Litani: upper course to the Qaraoun reservoir, and lower course to the sea. */
export const LitaniSchema = MultiLineStringSchema;
/** The Litani river. */
export type Litani = MultiLineString;

/** The zone UNSCR 1701 keeps free of armed groups other than the army and UNIFIL. */
export const Unscr1701ZoneSchema = z.union([PolygonSchema, MultiPolygonSchema]);
/** The UNSCR 1701 zone polygon. */
export type Unscr1701Zone = z.infer<typeof Unscr1701ZoneSchema>;

/** A country outline with its name and ISO 3166-1 numeric code. */
export const CountryOutlineSchema = z.object({
  name: z.string().min(1),
  isoNumeric: z.string().regex(/^\d{3}$/),
  geometry: z.union([PolygonSchema, MultiPolygonSchema]),
});
/** A country outline. */
export type CountryOutline = z.infer<typeof CountryOutlineSchema>;

/** The map layers the project publishes. */
export const GEO_LAYERS = ['blue-line', 'litani', 'unscr1701-zone', 'golan', 'countries'] as const;
/** A map layer id. */
export const GeoLayerIdSchema = z.enum(GEO_LAYERS);
/** A map layer id. */
export type GeoLayerId = z.infer<typeof GeoLayerIdSchema>;
