/** The headline block, key findings, dates, byline and the words used when the story is shared. */
import { t } from './t';

export const FRONT = {
  kicker: 'Israel and Hezbollah, 2023–2024',
  headline: 'How a contained war on the Blue Line broke open',
  dek: t(
    'Hezbollah opened fire on Israel on {date:hezbollah-opens-front}, the day after the Hamas-led attack on southern Israel. For most of the following year the two sides fought inside a narrow band along the border; in September 2024 the fighting burst out of it. This is that escalation, week by week, as the public data record it, from the first shots to the ceasefire of {date:ceasefire}.',
  ),
  byline: 'Blue Line project',
  /** The day the story was published (ISO); printed, and used in the page's metadata. */
  published: '2026-12-05',
  publishedLabel: 'Published',
  dataAsOfLabel: 'Data as of',
  dataNote: t(
    'Data: ACLED events in Lebanon to {acledEnd}, two versions joined on {acledSeamDay} (weeks from {incompleteFrom} are lower bounds), and in Israel from {acledIsraelStart}; Home Front Command alerts to {alertsEnd}, from the official history and, from {alertsSeamDay}, the Cumta relay; UCDP to {ucdpEnd}. Every chart can be downloaded; the methods are at the end.',
  ),
  skipLink: 'Skip to the story',
  navLabel: 'Chapters',
  noScriptNote:
    'JavaScript is off, so the graphic stays on its overview of the whole war. Every step’s text is complete, and each chart’s data is in a table in the methods section.',
  /** The meta description and the share card's text. */
  description: t(
    'For most of a year Israel and Hezbollah fought inside a narrow band along the Blue Line. Then, in the week of 22 September 2024, Israeli strikes on Lebanon rose to {september22Strikes} and reached {september22DepthIsrael} km deep on average. The escalation, week by week, from public data.',
  ),
  /** The share card's line under the headline. */
  shareCardSubtitle: t(
    'Israeli strikes per week: {baselineStrikesWeekly} on average before September 2024, {september22Strikes} in the week of 22 September',
  ),
  /** The share card image's text alternative. */
  shareImageAlt:
    'Chart: Israeli strikes on Lebanon per week, October 2023 to November 2024, flat for eleven months and then rising steeply in September 2024.',
  findingsTitle: 'Key findings',
  findings: [
    t(
      'For {baselineWeeks} weeks the war stayed on the border: Israel struck Lebanon about {baselineStrikesWeekly} times a week, and {beforeShareNear} of those strikes landed within {nearKm} km of the Blue Line.',
    ),
    t(
      'In the week of 22 September 2024, ACLED recorded {september22Strikes} Israeli strikes. Counting ACLED’s events on both sides of the line, that week was {jumpRatio} times the weekly average of January to August 2024.',
    ),
    t(
      'The strikes went deeper as well as more often: {september22DepthIsrael} km from the line on average that week, against {baselineDepthIsrael} km before September.',
    ),
    t(
      'From September, only {fromSeptemberShareNear} of Israeli strikes fell within {nearKm} km of the line, and {fromSeptemberShareFar} more than {farKm} km away.',
    ),
    t(
      'Hezbollah’s attacks located in Israel, as ACLED records them, peaked at {peakHezbollah} in the week of {peakHezbollahWeek}, during the ground war; in the week of 22 September they landed {september22DepthHezbollah} km from the line on average. Home Front Command alerts, a second lens, follow the same rise.',
    ),
  ],
  /** The copy-link control beside each chapter heading. */
  permalink: {
    label: (title: string): string => `Copy the link to “${title}”`,
    anchorLabel: (title: string): string => `Link to “${title}”`,
    copied: 'Link copied',
    failed: 'Copy failed: use the address bar',
  },
} as const;
