import type { KeyEvent } from '@blueline/core';
import data from '../../snapshot/timeline.json' with { type: 'json' };

/**
 * `timeline.json`: The story's dated, sourced timeline, in date order.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const timeline: readonly KeyEvent[] = data as readonly KeyEvent[];
