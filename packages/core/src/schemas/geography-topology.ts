import { z } from 'zod';
import type { GeoLayerId } from './geo.js';

/**
 * The TopoJSON object that holds each map layer in `geography.topo.json`, plus `qaraoun`, the
 * reservoir drawn with the Litani.
 */
export const GEOGRAPHY_OBJECTS = {
  'blue-line': 'blueLine',
  litani: 'litani',
  'unscr1701-zone': 'unscr1701Zone',
  golan: 'golan',
  countries: 'countries',
} as const satisfies Record<GeoLayerId, string>;

/** Every object `geography.topo.json` must hold. */
export const GEOGRAPHY_OBJECT_NAMES = [
  'blueLine',
  'litani',
  'qaraoun',
  'unscr1701Zone',
  'golan',
  'countries',
] as const;

const TopologyObjectSchema = z.looseObject({ type: z.string().min(1) });

/**
 * `geography.topo.json`: a quantized TopoJSON topology (delta-encoded integer arcs plus a
 * transform) holding the layers the maps draw. Only the envelope is checked here; the
 * geometry is TopoJSON's.
 */
export const GeographyTopologySchema = z.object({
  type: z.literal('Topology'),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  transform: z.object({
    scale: z.tuple([z.number().positive(), z.number().positive()]),
    translate: z.tuple([z.number(), z.number()]),
  }),
  objects: z.object({
    blueLine: TopologyObjectSchema,
    litani: TopologyObjectSchema,
    qaraoun: TopologyObjectSchema,
    unscr1701Zone: TopologyObjectSchema,
    golan: TopologyObjectSchema,
    countries: TopologyObjectSchema,
  }),
  arcs: z.array(z.array(z.tuple([z.number().int(), z.number().int()])).min(2)),
});
/** `geography.topo.json`. */
export type GeographyTopology = z.infer<typeof GeographyTopologySchema>;
