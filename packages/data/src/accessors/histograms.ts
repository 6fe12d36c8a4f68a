import type { DistanceHistogram } from '@blueline/core';
import data from '../../snapshot/histograms.json' with { type: 'json' };

/**
 * `histograms.json`: Distance histograms in 1-km bins (0–150 km plus an open bin) per side, source and period; re-bin with core `rebin`.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const histograms: readonly DistanceHistogram[] = data as readonly DistanceHistogram[];
