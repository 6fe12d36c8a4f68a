/**
 * What the sticky graphic shows at each step. The graphic is a pure function of the active
 * step index: `graphicStateFor(index)` is all a component needs, and all a test needs.
 *
 * Windows are week starts (weeks start on Sunday, as in the snapshot): the week of 22 September
 * 2024 is `2024-09-22`. Event ids refer to the snapshot's timeline.
 */
import { STEPS, type StepId } from './chapters';
import type {
  CasualtiesState,
  DateWindow,
  DepthState,
  GraphicState,
  MapState,
  WeeklyState,
} from './types';

/** A single week, by its start. */
function week(start: string): DateWindow {
  return { from: start, to: start };
}

/** From the week of Hezbollah's first fire to the week of the ceasefire. */
export const WHOLE_WAR: DateWindow = { from: '2023-10-08', to: '2024-11-24' };
/** CSIS's "before" period, 7 October 2023 to 31 August 2024, as whole weeks. */
export const CONTAINED_WAR: DateWindow = { from: '2023-10-08', to: '2024-08-25' };
/** The Gaza truce ran from Friday 24 November to Friday 1 December 2023. */
const TRUCE_WEEKS: DateWindow = { from: '2023-11-19', to: '2023-11-26' };
/** The truce's own days, which cover parts of those two weeks. */
export const TRUCE_DAYS: DateWindow = { from: '2023-11-24', to: '2023-12-01' };
/** The weeks of June 2024, when the envoys were busiest. */
export const JUNE_2024: DateWindow = { from: '2024-06-02', to: '2024-06-23' };
/** Summer into autumn 2024, close enough to see single weeks. */
const SUMMER_TO_OCTOBER: DateWindow = { from: '2024-06-30', to: '2024-10-06' };
/** The run-up to September and the ground war. */
const AUGUST_TO_CEASEFIRE: DateWindow = { from: '2024-08-04', to: '2024-11-24' };
/** The weeks after the 11/12 October 2024 seam, from the later ACLED version, to the ceasefire. */
export const AFTER_SEAM: DateWindow = { from: '2024-10-13', to: '2024-11-24' };
/** From the first raids across the line to the ceasefire week. */
const GROUND_WAR: DateWindow = { from: '2024-09-29', to: '2024-11-24' };
/** Three weeks from Northern Arrows, the window of CNN's early-October toll. */
const THREE_WEEKS_FROM_NORTHERN_ARROWS: DateWindow = { from: '2024-09-22', to: '2024-10-06' };
/** What CSIS could see when it wrote: data to 29 September 2024. */
const CSIS_VIEW: DateWindow = { from: '2023-10-08', to: '2024-09-22' };
/** Up to the week before the pager attacks. */
const TO_MID_SEPTEMBER: DateWindow = { from: '2023-10-08', to: '2024-09-15' };
/** Up to the week of the first ground raids. */
const TO_EARLY_OCTOBER: DateWindow = { from: '2023-10-08', to: '2024-10-06' };

const baseMap: MapState = {
  kind: 'map',
  view: 'south',
  window: null,
  strikes: null,
  hezbollah: null,
  clashes: false,
  emphasis: null,
  callouts: [],
};

function map(overrides: Partial<Omit<MapState, 'kind'>>): MapState {
  return { ...baseMap, ...overrides };
}

function weekly(overrides: Partial<Omit<WeeklyState, 'kind'>>): WeeklyState {
  return {
    kind: 'weekly',
    domain: WHOLE_WAR,
    highlight: null,
    annotations: [],
    baseline: false,
    focus: 'both',
    crossCheck: false,
    ...overrides,
  };
}

function depth(overrides: Partial<Omit<DepthState, 'kind'>>): DepthState {
  return {
    kind: 'depth',
    domain: TO_EARLY_OCTOBER,
    highlight: null,
    annotations: [],
    ...overrides,
  };
}

function casualties(overrides: Partial<Omit<CasualtiesState, 'kind'>>): CasualtiesState {
  return { kind: 'casualties', domain: WHOLE_WAR, highlight: null, annotations: [], ...overrides };
}

/** Before any step: the whole war at a glance, which is also what readers without JS see. */
export const NO_STEP_GRAPHIC: GraphicState = weekly({
  annotations: ['hezbollah-opens-front', 'northern-arrows', 'ceasefire'],
});

/** The graphic of every step. */
export const STEP_GRAPHICS: Readonly<Record<StepId, GraphicState>> = {
  'opening-first-fire': map({
    window: week('2023-10-08'),
    strikes: 'acled',
    hezbollah: 'alerts',
  }),
  'opening-whole-war': weekly({ annotations: ['hezbollah-opens-front', 'ceasefire'] }),
  'opening-two-caveats': weekly({ highlight: AFTER_SEAM, crossCheck: true }),

  'border-blue-line': map({ emphasis: 'blue-line', callouts: ['ghajar', 'shebaa'] }),
  'border-2006': map({ view: 'lebanon', callouts: ['beirut', 'tyre'] }),
  'border-1701-zone': map({ emphasis: 'unscr1701-zone', callouts: ['naqoura'] }),
  'border-towns': map({
    emphasis: 'litani',
    callouts: ['kiryat-shmona', 'metula', 'shlomi', 'nabatieh', 'bint-jbeil', 'tyre'],
  }),

  'contained-weekly': weekly({ domain: CONTAINED_WAR, baseline: true, focus: 'strikes' }),
  'contained-truce': weekly({
    domain: CONTAINED_WAR,
    highlight: TRUCE_WEEKS,
    days: TRUCE_DAYS,
    annotations: ['gaza-truce'],
  }),
  'contained-alerts': weekly({ domain: CONTAINED_WAR, focus: 'hezbollah' }),
  'contained-map-early': map({
    window: { from: '2023-10-08', to: '2023-12-24' },
    strikes: 'acled',
    hezbollah: 'alerts',
  }),
  'contained-map-band': map({
    window: CONTAINED_WAR,
    strikes: 'acled',
    hezbollah: 'acled',
    // The text follows the attacks from Shlomi to Metula and Kiryat Shmona.
    callouts: ['shlomi', 'metula', 'kiryat-shmona'],
  }),
  'contained-depth': depth({ domain: CONTAINED_WAR }),
  'contained-displacement': casualties({ domain: CONTAINED_WAR }),

  'diplomacy-shuttle': weekly({
    domain: CONTAINED_WAR,
    highlight: JUNE_2024,
    annotations: ['hochstein-shuttle'],
    focus: 'hezbollah',
  }),
  'diplomacy-linkage': weekly({
    domain: CONTAINED_WAR,
    highlight: TRUCE_WEEKS,
    days: TRUCE_DAYS,
    annotations: ['gaza-truce', 'hochstein-shuttle'],
  }),
  'diplomacy-off-ramp': weekly({
    domain: CONTAINED_WAR,
    highlight: week('2024-06-23'),
    annotations: ['off-ramp-talks'],
  }),
  'diplomacy-assurances': weekly({
    domain: CONTAINED_WAR,
    highlight: week('2024-06-16'),
    annotations: ['us-assurances'],
  }),

  'summer-majdal-shams': map({
    window: week('2024-07-21'),
    strikes: 'acled',
    hezbollah: 'acled',
    callouts: ['majdal-shams'],
    notes: ['majdal-shams'],
  }),
  'summer-shukr': map({
    view: 'lebanon',
    window: week('2024-07-28'),
    strikes: 'acled',
    hezbollah: 'acled',
    callouts: ['dahiyeh'],
    notes: ['shukr-killed'],
  }),
  'summer-august-25': weekly({
    domain: { from: '2024-05-05', to: '2024-09-15' },
    highlight: week('2024-08-25'),
    annotations: ['majdal-shams', 'shukr-killed', 'pre-emptive-strikes-aug-25'],
  }),
  'summer-depth': depth({
    domain: TO_MID_SEPTEMBER,
    highlight: { from: '2024-08-18', to: '2024-09-15' },
  }),

  'september-pagers': weekly({
    domain: SUMMER_TO_OCTOBER,
    highlight: week('2024-09-15'),
    annotations: ['pager-explosions', 'aqil-killed'],
    focus: 'strikes',
  }),
  'september-northern-arrows': weekly({
    domain: SUMMER_TO_OCTOBER,
    highlight: week('2024-09-22'),
    annotations: ['northern-arrows'],
    focus: 'strikes',
  }),
  'september-jump': weekly({
    domain: CSIS_VIEW,
    highlight: week('2024-09-22'),
    baseline: true,
  }),
  'september-map': map({
    view: 'lebanon',
    window: week('2024-09-22'),
    strikes: 'acled',
    hezbollah: 'acled',
    callouts: ['beirut', 'baalbek', 'tyre', 'nabatieh'],
  }),
  'september-depth': depth({ highlight: week('2024-09-22'), annotations: ['northern-arrows'] }),
  'september-histograms': { kind: 'histogram', periods: 'both' },
  'september-nasrallah': weekly({
    domain: SUMMER_TO_OCTOBER,
    highlight: week('2024-09-22'),
    annotations: ['us-french-proposal', 'nasrallah-killed'],
  }),

  'ground-war-invasion': map({
    window: GROUND_WAR,
    strikes: 'acled',
    hezbollah: 'acled',
    clashes: true,
    emphasis: 'blue-line',
  }),
  'ground-war-iran': weekly({
    domain: AUGUST_TO_CEASEFIRE,
    highlight: week('2024-09-29'),
    annotations: ['iran-missiles-oct-1'],
    focus: 'hezbollah',
  }),
  'ground-war-toll': casualties({
    highlight: THREE_WEEKS_FROM_NORTHERN_ARROWS,
    annotations: ['northern-arrows'],
  }),
  'ground-war-acled-ends': weekly({
    domain: AUGUST_TO_CEASEFIRE,
    highlight: GROUND_WAR,
    focus: 'strikes',
    crossCheck: true,
  }),
  'ground-war-us-steps-back': weekly({
    domain: AUGUST_TO_CEASEFIRE,
    highlight: week('2024-10-06'),
    annotations: ['us-stops-pushing-ceasefire'],
  }),
  'ground-war-map': map({
    view: 'lebanon',
    window: GROUND_WAR,
    strikes: 'acled',
    hezbollah: 'acled',
    callouts: ['dahiyeh', 'baalbek', 'tyre'],
  }),
  'ground-war-ceasefire': casualties({
    highlight: week('2024-11-24'),
    annotations: ['ceasefire'],
  }),

  'scenarios-ground-invasion': map({
    window: { from: '2024-09-29', to: '2024-11-24' },
    strikes: 'ucdp',
    emphasis: 'unscr1701-zone',
  }),
  'scenarios-air-war': map({
    view: 'lebanon',
    window: { from: '2024-09-22', to: '2024-10-06' },
    strikes: 'acled',
    callouts: ['beirut', 'baalbek'],
  }),
  'scenarios-counter-escalation': weekly({
    domain: AUGUST_TO_CEASEFIRE,
    highlight: { from: '2024-09-22', to: '2024-11-24' },
    focus: 'hezbollah',
  }),
  'scenarios-outcome': weekly({
    annotations: ['hezbollah-opens-front', 'gaza-truce', 'northern-arrows', 'ceasefire'],
  }),
};

/** The first state of each kind of graphic, in story order: what each chart shows first. */
export const FIRST_STATE_OF_EACH_KIND: readonly GraphicState[] = STEPS.map(
  (step) => STEP_GRAPHICS[step.id],
).filter((state, index, states) => states.findIndex((one) => one.kind === state.kind) === index);

/**
 * The graphic for the active step: `null` (no step reached yet, or no JavaScript) gives the
 * overview. Indices past either end clamp to the first or last step.
 */
export function graphicStateFor(index: number | null): GraphicState {
  if (index === null || STEPS.length === 0) return NO_STEP_GRAPHIC;
  const clamped = Math.min(Math.max(Math.trunc(index), 0), STEPS.length - 1);
  const step = STEPS[clamped];
  return step === undefined ? NO_STEP_GRAPHIC : STEP_GRAPHICS[step.id];
}

function windowKey(window: DateWindow | null): string {
  return window === null ? '-' : `${window.from}..${window.to}`;
}

/**
 * A compact, stable string for a graphic state, exposed as `data-graphic` so browser tests can
 * check the rendered graphic against `graphicStateFor` without parsing the SVG.
 */
export function graphicKey(state: GraphicState): string {
  switch (state.kind) {
    case 'map':
      return [
        'map',
        state.view,
        windowKey(state.window),
        state.strikes ?? '-',
        state.hezbollah ?? '-',
        state.clashes ? 'clashes' : '-',
        state.emphasis ?? '-',
      ].join('|');
    case 'weekly':
      return [
        'weekly',
        windowKey(state.domain),
        state.days === undefined ? windowKey(state.highlight) : `days:${windowKey(state.days)}`,
        state.focus,
        state.baseline ? 'baseline' : '-',
        state.crossCheck ? 'ucdp' : '-',
        state.annotations.join(','),
      ].join('|');
    case 'depth':
    case 'casualties':
      return [
        state.kind,
        windowKey(state.domain),
        windowKey(state.highlight),
        state.annotations.join(','),
      ].join('|');
    case 'histogram':
      return `histogram|${state.periods}`;
  }
}
