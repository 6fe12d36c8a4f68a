import type { GeographyTopology } from '@blueline/core';
import data from '../../snapshot/geography.topo.json' with { type: 'json' };

/**
 * `geography.topo.json`: The map layers as one TopoJSON topology; see `geoLayer` for GeoJSON.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const geography: GeographyTopology = data as GeographyTopology;
