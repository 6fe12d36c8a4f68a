import type { DatedSeries } from '@blueline/core';
import data from '../../snapshot/series.json' with { type: 'json' };

/**
 * `series.json`: Casualty and displacement series (MoPH, IOM DTM, IDMC, 360info, Lobby 1701) with units, sources and definition breaks.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const series: readonly DatedSeries[] = data as readonly DatedSeries[];
