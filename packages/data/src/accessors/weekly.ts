import type { WeeklyRow } from '@blueline/core';
import data from '../../snapshot/weekly.json' with { type: 'json' };

/**
 * `weekly.json`: Every week of every (side, source) series, zero-filled, in core `compareWeeklyRows` order.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const weekly: readonly WeeklyRow[] = data as readonly WeeklyRow[];
