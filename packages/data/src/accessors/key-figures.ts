import type { KeyFigure } from '@blueline/core';
import data from '../../snapshot/key-figures.json' with { type: 'json' };

/**
 * `key-figures.json`: Sourced figures quoted in the story, by id.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const keyFigures: readonly KeyFigure[] = data as readonly KeyFigure[];
