/**
 * OpenAPI descriptions of the GeoJSON the API serves, assembled from core's geometry schemas.
 * They document responses only; the bodies come from the snapshot and core.
 */
import {
  HexCellWeekSchema,
  LineStringSchema,
  MultiLineStringSchema,
  MultiPolygonSchema,
  PolygonSchema,
} from '@blueline/core';
import { z } from '@hono/zod-openapi';

/** RFC 7946's media type. */
export const GEOJSON_CONTENT_TYPE = 'application/geo+json';

/** A map layer: a GeoJSON FeatureCollection of lines or polygons. */
export const LayerFeatureCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.union([z.string(), z.number()]).optional(),
        properties: z.record(z.string(), z.unknown()).nullable(),
        geometry: z.union([
          LineStringSchema,
          MultiLineStringSchema,
          PolygonSchema,
          MultiPolygonSchema,
        ]),
      }),
    ),
  })
  .openapi('LayerFeatureCollection');

/** Hex-cell counts as GeoJSON: one polygon per (week, side, source, cell). */
export const HexCellFeatureCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string().openapi({ example: '2024-09-22/israel/acled/872da0a2affffff' }),
        geometry: PolygonSchema,
        properties: HexCellWeekSchema,
      }),
    ),
  })
  .openapi('HexCellFeatureCollection');
