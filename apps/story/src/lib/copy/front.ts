/** The headline block and the byline. */
import { t } from './t';

export const FRONT = {
  kicker: 'Israel and Hezbollah, 2023–2024',
  headline: 'How a contained war on the Blue Line broke open',
  dek: t(
    'Hezbollah opened fire on Israel on {date:hezbollah-opens-front}, the day after the Hamas-led attack on southern Israel. For most of the following year the two sides fought inside a narrow band along the border; in September 2024 the fighting burst out of it. This is that escalation, week by week, as the public data record it, from the first shots to the ceasefire of {date:ceasefire}.',
  ),
  byline: 'Blue Line project',
  dataNote: t(
    'Data: ACLED events in Lebanon to {acledEnd}, two versions joined on {acledSeamDay} (weeks from {incompleteFrom} are lower bounds), and in Israel from {acledIsraelStart}; Home Front Command alerts to {alertsEnd}, from the official history and, from {alertsSeamDay}, the Cumta relay; UCDP to {ucdpEnd}. Every chart can be downloaded; the methods are at the end.',
  ),
  skipLink: 'Skip to the story',
  navLabel: 'Chapters',
  noScriptNote:
    'JavaScript is off, so the graphic stays on its overview of the whole war. Every step’s text is complete, and each chart’s data is in a table in the methods section.',
} as const;
