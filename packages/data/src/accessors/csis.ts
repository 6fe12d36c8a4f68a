import type { CsisSnapshot } from '@blueline/core';
import data from '../../snapshot/csis.json' with { type: 'json' };

/**
 * `csis.json`: CSIS's published figures next to our reproductions, with tolerances, and the baseline ratios.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const csis: CsisSnapshot = data as CsisSnapshot;
