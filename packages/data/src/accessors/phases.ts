import type { PhasesSnapshot } from '@blueline/core';
import data from '../../snapshot/phases.json' with { type: 'json' };

/**
 * `phases.json`: The named phases of the conflict and each series' totals, weekly mean and depth per phase.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const phases: PhasesSnapshot = data as PhasesSnapshot;
