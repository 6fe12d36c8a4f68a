/** Chapter headers: kicker, title and a one-line dek. */
import type { ChapterId } from '$lib/story/chapters';
import { t, type CopyTemplate } from './t';

export interface ChapterCopy {
  /** Short label for the chapter navigation. */
  readonly navLabel: string;
  /** The period or theme above the title. */
  readonly kicker: CopyTemplate;
  readonly title: string;
  readonly dek: CopyTemplate;
}

export const CHAPTER_COPY: Readonly<Record<ChapterId, ChapterCopy>> = {
  opening: {
    navLabel: 'The first shots',
    kicker: t('{date:hezbollah-opens-front}'),
    title: 'A second front opens',
    dek: t('Hezbollah joins the war the day after the Hamas attack, and sets limits on it.'),
  },
  border: {
    navLabel: 'The border',
    kicker: t('Background'),
    title: 'A line, a river and a resolution',
    dek: t('The ground the two sides fought over, and the rules meant to keep it quiet.'),
  },
  contained: {
    navLabel: 'The contained war',
    kicker: t('October 2023 – August 2024'),
    title: 'The long, contained war',
    dek: t('Near-daily fire, held inside a narrow band on either side of the line.'),
  },
  diplomacy: {
    navLabel: 'Diplomacy',
    kicker: t('June – July 2024'),
    title: 'Looking for an off-ramp',
    dek: t('American and French envoys tie calm on the border to a truce in Gaza.'),
  },
  summer: {
    navLabel: 'Summer 2024',
    kicker: t('July – August 2024'),
    title: 'The summer brink',
    dek: t('A rocket on a football pitch, a killing in Beirut and a pre-emptive strike.'),
  },
  september: {
    navLabel: 'September',
    kicker: t('September 2024'),
    title: 'Northern Arrows',
    dek: t('Within days, Israel turns a contained conflict into an air war across Lebanon.'),
  },
  'ground-war': {
    navLabel: 'The ground war',
    kicker: t('October – November 2024'),
    title: 'Invasion, missiles and a ceasefire',
    dek: t('Israeli troops cross the line, Iran fires at Israel, and the data thin out.'),
  },
  scenarios: {
    navLabel: 'Scenarios',
    kicker: t('What CSIS foresaw'),
    title: 'Three scenarios, one outcome',
    dek: t(
      'In early October CSIS sketched how the war could escalate. Parts of two came true; the third largely did not.',
    ),
  },
};
