import { z } from 'zod';
import { IsoDateSchema } from '../schemas/primitives.js';
import { addDays } from '../time/dates.js';

/**
 * Where one series joins two source versions: the earlier version is used up to and including
 * `lastDayOfEarlier`, the later one from the next day. Charts mark the seam where it falls.
 */
export const SeamSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The series the seam falls in, as `side/source` (e.g. `israel/acled`). */
  series: z.array(z.string().min(1)).min(1),
  /** The last day taken from the earlier version. */
  lastDayOfEarlier: IsoDateSchema,
  /** The first day taken from the later version. */
  firstDayOfLater: IsoDateSchema,
  /** The versions joined, in words. */
  earlier: z.string().min(1),
  later: z.string().min(1),
  /** The rule in one sentence, for the methods section and the chart's note. */
  description: z.string().min(1),
});
/** Where one series joins two source versions. */
export type Seam = z.infer<typeof SeamSchema>;

/** Which side of a version seam a date falls on. */
export type SeamSide = 'earlier' | 'later';

/**
 * The version an event dated `date` is taken from: the earlier version up to and including
 * `lastDayOfEarlier`, the later one after it. One version per day, so no event is counted twice
 * (ACLED numbers events per version export, and the later version re-codes and back-fills the
 * earlier one's days: mixing them on one day would double count).
 * @example versionForDate('2024-10-12', '2024-10-11') // 'later'
 */
export function versionForDate(date: string, lastDayOfEarlier: string): SeamSide {
  return date <= lastDayOfEarlier ? 'earlier' : 'later';
}

/**
 * The ACLED Lebanon seam: the export of 15 October 2024 (events to 11 October 2024, its last
 * full day) joined to a later ACLED version (a 2026 API pull) from 12 October 2024.
 */
export const ACLED_LEBANON_SEAM: Seam = {
  id: 'acled-lebanon-versions',
  series: ['israel/acled'],
  lastDayOfEarlier: '2024-10-11',
  firstDayOfLater: addDays('2024-10-11', 1),
  earlier: 'ACLED Lebanon export of 15 October 2024 (events to 11 October 2024)',
  later: 'ACLED Lebanon, a later version (2026 API pull), events from 12 October 2024',
  description:
    'ACLED Lebanon events up to and including 11 October 2024 come from the export of 15 October 2024, its last full day; from 12 October 2024 they come from a later ACLED version. Rows of either file on the other side of the seam are rejected and counted.',
};
