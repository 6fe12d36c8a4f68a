/**
 * Named periods of the conflict, used to summarise the weekly series and to band the charts.
 *
 * Why it exists: readers follow the escalation more easily in chapters than in 64 weeks of
 * numbers, and the pipeline needs fixed, inclusive date ranges to aggregate by.
 *
 * Writing rules (enforced in part by test/content.test.ts):
 * - Phases are contiguous and non-overlapping: each starts the day after the previous one ends,
 *   from 2023-10-08 (Hezbollah's first fire) to 2024-12-31. Dates are inclusive.
 * - Names and summaries are written fresh and stay descriptive; the cut-off dates follow named
 *   events in the timeline (the Gaza truce, Majdal Shams, the pagers, the ground raids, the
 *   ceasefire).
 */
import type { Phase } from '@blueline/core';

export const phases: Phase[] = [
  {
    id: 'support-front',
    name: 'The support front',
    start: '2023-10-08',
    end: '2023-11-23',
    summary:
      'Hezbollah opens fire the day after the Hamas attack and casts its campaign as support for Gaza. Both sides trade fire close to the border while avoiding all-out war.',
  },
  {
    id: 'gaza-truce',
    name: 'The Gaza truce',
    start: '2023-11-24',
    end: '2023-12-01',
    summary:
      'The week-long pause in Gaza also quiets the Lebanese border, a sign of how closely the northern front is tied to the war in the south.',
  },
  {
    id: 'contained-war',
    name: 'The contained war',
    start: '2023-12-02',
    end: '2024-07-26',
    summary:
      'Months of near-daily exchanges, punctuated by Israeli killings of senior commanders and Iran’s April attack, while US and French envoys look for a border deal linked to a Gaza ceasefire.',
  },
  {
    id: 'summer-brink',
    name: 'The summer brink',
    start: '2024-07-27',
    end: '2024-09-16',
    summary:
      'The Majdal Shams rocket strike, the killing of Fuad Shukr in Beirut and the 25 August exchange bring the sides to the edge of open war as attacks reach deeper.',
  },
  {
    id: 'september-escalation',
    name: 'The September escalation',
    start: '2024-09-17',
    end: '2024-09-30',
    summary:
      'From the pager and radio blasts to Operation Northern Arrows and the killing of Hassan Nasrallah, Israel turns a contained conflict into an air campaign across Lebanon.',
  },
  {
    id: 'ground-war',
    name: 'The ground war',
    start: '2024-10-01',
    end: '2024-11-26',
    summary:
      'Israeli troops fight in southern Lebanon while airstrikes hit the south, the Bekaa and Beirut’s suburbs; Iran and Israel exchange direct strikes, and more than a million people in Lebanon are displaced.',
  },
  {
    id: 'ceasefire',
    name: 'The ceasefire',
    start: '2024-11-27',
    end: '2024-12-31',
    summary:
      'A US- and French-brokered truce takes hold, opening a 60-day window for Israeli withdrawal and Lebanese army deployment amid mutual accusations of violations.',
  },
];
