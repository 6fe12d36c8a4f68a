import type { MapPlace } from '@blueline/core';
import data from '../../snapshot/places.json' with { type: 'json' };

/**
 * `places.json`: Labelled map places with their side of the Blue Line and distance from it.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const places: readonly MapPlace[] = data as readonly MapPlace[];
