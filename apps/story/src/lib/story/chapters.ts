/**
 * The story's skeleton: chapters in reading order, each with its steps. Step ids double as
 * anchors and as keys into the copy and the graphic states, so the three can never disagree
 * about what exists.
 */
export const CHAPTERS = [
  {
    id: 'opening',
    steps: ['opening-first-fire', 'opening-whole-war', 'opening-two-caveats'],
  },
  {
    id: 'border',
    steps: ['border-blue-line', 'border-2006', 'border-1701-zone', 'border-towns'],
  },
  {
    id: 'contained',
    steps: [
      'contained-weekly',
      'contained-truce',
      'contained-alerts',
      'contained-map-early',
      'contained-map-band',
      'contained-depth',
      'contained-displacement',
    ],
  },
  {
    id: 'diplomacy',
    steps: ['diplomacy-shuttle', 'diplomacy-linkage', 'diplomacy-off-ramp', 'diplomacy-assurances'],
  },
  {
    id: 'summer',
    steps: ['summer-majdal-shams', 'summer-shukr', 'summer-august-25', 'summer-depth'],
  },
  {
    id: 'september',
    steps: [
      'september-pagers',
      'september-northern-arrows',
      'september-jump',
      'september-map',
      'september-depth',
      'september-histograms',
      'september-nasrallah',
    ],
  },
  {
    id: 'ground-war',
    steps: [
      'ground-war-invasion',
      'ground-war-iran',
      'ground-war-toll',
      'ground-war-acled-ends',
      'ground-war-us-steps-back',
      'ground-war-map',
      'ground-war-ceasefire',
    ],
  },
  {
    id: 'scenarios',
    steps: [
      'scenarios-ground-invasion',
      'scenarios-air-war',
      'scenarios-counter-escalation',
      'scenarios-outcome',
    ],
  },
] as const;

/** A scrolling chapter. */
export type ChapterId = (typeof CHAPTERS)[number]['id'];

/** A step of any chapter. */
export type StepId = (typeof CHAPTERS)[number]['steps'][number];

/** A step with its place in the story. */
export interface StepPosition {
  readonly id: StepId;
  readonly chapterId: ChapterId;
  /** Index over the whole story, the value of `data-active-step`. */
  readonly index: number;
  /** Index within its chapter; 0 carries the chapter header. */
  readonly indexInChapter: number;
}

/** Every step in reading order. */
export const STEPS: readonly StepPosition[] = CHAPTERS.flatMap((chapter) =>
  chapter.steps.map((id, indexInChapter) => ({ id, chapterId: chapter.id, indexInChapter })),
).map((step, index) => ({ ...step, index }));

/** The methods chapter is not a scrolling one, but it is part of the chapter navigation. */
export const METHODS_ID = 'methods';
