import type { Period } from '../schemas/aggregates.js';

/**
 * The period the project covers: from Hezbollah's first fire on 8 October 2023 (a Sunday, so
 * the first week is whole) to the end of 2024, a month after the 27 November ceasefire.
 */
export const STUDY_PERIOD: Period = {
  id: 'study',
  label: '8 October 2023 – 31 December 2024',
  from: '2023-10-08',
  to: '2024-12-31',
};

/**
 * The periods, besides the named phases, that CSIS's comparison turns on: the eleven months of
 * contained fire, the first three weeks of September 2024, the week of 22 September, and
 * everything from September on. Dates are inclusive.
 */
export const ANALYSIS_PERIODS: readonly Period[] = [
  {
    id: 'before-september',
    label: '8 October 2023 – 31 August 2024',
    from: '2023-10-08',
    to: '2024-08-31',
  },
  {
    id: 'september-1-21',
    label: '1–21 September 2024',
    from: '2024-09-01',
    to: '2024-09-21',
  },
  {
    id: 'week-of-sep-22',
    label: 'Week of 22 September 2024',
    from: '2024-09-22',
    to: '2024-09-28',
  },
  {
    id: 'from-september',
    label: '1 September 2024 – end of data',
    from: '2024-09-01',
    to: STUDY_PERIOD.to,
  },
];
