import {
  ANALYSIS_PERIODS,
  addDays,
  InvalidArgumentError,
  baselineRatio,
  depthStats,
  filterWeekly,
  weeklyMean,
  withinTolerance,
  type CsisComparisonRow,
  type CsisSnapshot,
  type FigureQualifier,
  type Period,
  type SeriesSource,
  type SourceRef,
  type Tolerance,
  type WeeklyRow,
} from '@blueline/core';
import { keyFigures } from '../content/index.js';
import { roundKm, roundRatio } from './rounding.js';
import { findSeries, type SeriesEvent, type SeriesSpec } from './series-event.js';

/**
 * Tolerances, fixed before comparing and the same for every figure of a kind:
 * - counts ±10%: ACLED revises and back-fills events after export, and CSIS's download date
 *   differs from ours;
 * - "more than" figures: the reproduction must exceed the floor;
 * - depths ±1.5 km: the published figure's rounding (±0.5 km) plus the approximate Blue
 *   Line's error (up to about 1 km);
 * - ratios ±20%: a ratio of two counts carries both counts' ±10%.
 */
export const CSIS_TOLERANCES = {
  count: { kind: 'relative', value: 0.1 },
  floor: { kind: 'exceeds' },
  depth: { kind: 'absolute', value: 1.5 },
  ratio: { kind: 'relative', value: 0.2 },
} as const satisfies Record<string, Tolerance>;

const BASELINE = ANALYSIS_PERIODS.find((period) => period.id === 'before-september');
const WEEK_OF_SEP_22 = '2024-09-22';
const WEEK_OF_SEP_15 = '2024-09-15';

/** The inputs of the comparison. */
export interface CsisInputs {
  readonly weekly: readonly WeeklyRow[];
  readonly series: readonly SeriesSpec[];
  /** The CSIS brief the figures come from. */
  readonly source: SourceRef;
}

/**
 * The data given to the pipeline cannot reproduce a figure: no events in the period it covers.
 * Such figures are listed as omitted, with this message as the reason.
 */
class NotReproducible extends Error {}

/**
 * CSIS's published number, taken from the sourced key figures the story quotes, so that the
 * comparison table and the story's text can never print two different values for one figure.
 */
function published(keyFigureId: string): number {
  const figure = keyFigures.find((candidate) => candidate.id === keyFigureId);
  if (figure === undefined) throw new Error(`no key figure ${keyFigureId} for the CSIS comparison`);
  return figure.value;
}

interface Figure {
  readonly id: string;
  readonly measure: string;
  readonly unit: string;
  readonly value: number;
  readonly qualifier: FigureQualifier;
  readonly tolerance: Tolerance;
  /**
   * The reproduction, its method, and why it would miss: one sentence, carried into
   * `csis.json` as `missExplanation` only when the value falls outside the tolerance.
   */
  readonly reproduce: (inputs: CsisInputs) => Reproduction;
}

interface Reproduction {
  readonly value: number;
  readonly method: string;
  readonly missReason: string;
}

/**
 * The series of `side` from `source`, if its data covers all of `[from, to]`: a figure computed
 * over part of its period would not be CSIS's figure.
 * @throws {NotReproducible} naming what the data covers.
 */
function coveringSeries(
  inputs: CsisInputs,
  side: 'israel' | 'hezbollah',
  source: SeriesSource,
  from: string,
  to: string,
): SeriesSpec {
  const spec = findSeries(inputs.series, side, source);
  if (spec === undefined) throw new NotReproducible(`no ${side} ${source} series`);
  if (spec.coverage.from > from || spec.coverage.to < to) {
    throw new NotReproducible(
      `the ${side} ${source} data covers ${spec.coverage.from} to ${spec.coverage.to}, not all of ${from} to ${to}`,
    );
  }
  return spec;
}

function meanDepth(
  inputs: CsisInputs,
  side: 'israel' | 'hezbollah',
  from: string,
  to: string,
  keep: (event: SeriesEvent) => boolean = () => true,
  source: SeriesSource = 'acled',
) {
  const spec = coveringSeries(inputs, side, source, from, to);
  const distances = spec.events.flatMap((event) =>
    event.date >= from && event.date <= to && event.distanceKm !== null && keep(event)
      ? [event.distanceKm]
      : [],
  );
  const stats = depthStats(distances);
  if (stats.meanKm === null) {
    throw new NotReproducible(`the data has no ${side} events between ${from} and ${to}`);
  }
  return { value: roundKm(stats.meanKm), events: stats.count };
}

function weekCount(inputs: CsisInputs, weekStart: string): number {
  coveringSeries(inputs, 'israel', 'acled', weekStart, addDays(weekStart, 6));
  const row = filterWeekly(inputs.weekly, {
    side: 'israel',
    source: 'acled',
    from: weekStart,
    to: weekStart,
  })[0];
  if (row === undefined)
    throw new NotReproducible(`the data has no ACLED week starting ${weekStart}`);
  return row.count;
}

/**
 * The start of ACLED's Hezbollah series (its Israel file starts on 1 January 2024): windows that
 * begin earlier are cut to it, and the figure's method says so.
 */
function hezbollahStart(inputs: CsisInputs): string {
  const spec = findSeries(inputs.series, 'hezbollah', 'acled');
  if (spec === undefined) throw new NotReproducible('no hezbollah acled series');
  return spec.coverage.from;
}

/** A depth with its late-claim sensitivity (the series without late_claim_batch rows). */
function hezbollahDepth(inputs: CsisInputs, from: string, to: string) {
  const all = meanDepth(inputs, 'hezbollah', from, to);
  const withoutLate = findSeries(inputs.series, 'hezbollah', 'acled-excl-late-claims')
    ? meanDepth(inputs, 'hezbollah', from, to, () => true, 'acled-excl-late-claims')
    : null;
  const sensitivity =
    withoutLate === null
      ? ''
      : ` Without the rows flagged late_claim_batch (late-added, largely unconfirmed Hezbollah War Media claims): ${withoutLate.value} km over ${withoutLate.events} events.`;
  return { ...all, sensitivity, withoutLateValue: withoutLate?.value ?? null };
}

/** The same week of the alert proxy, for comparison, when the alert series covers it. */
function alertProxyDepth(inputs: CsisInputs, from: string, to: string): string {
  try {
    const proxy = meanDepth(inputs, 'hezbollah', from, to, () => true, 'alerts');
    return ` The alert-event proxy (centroids of northern-front HFC alert events, a second lens) gives ${proxy.value} km.`;
  } catch (error) {
    if (error instanceof NotReproducible) return '';
    throw error;
  }
}

function baselinePeriod(): Period {
  if (BASELINE === undefined) throw new Error('core has no before-september period');
  return BASELINE;
}

/** The baseline, once every series a baseline figure adds up is known to cover it. */
function coveredBaseline(
  inputs: CsisInputs,
  sources: readonly ['israel' | 'hezbollah', 'acled' | 'alerts'][],
): Period {
  const baseline = baselinePeriod();
  for (const [side, source] of sources) {
    coveringSeries(inputs, side, source, baseline.from, baseline.to);
    coveringSeries(inputs, side, source, WEEK_OF_SEP_22, addDays(WEEK_OF_SEP_22, 6));
  }
  return baseline;
}

const ISRAELI_DEPTH =
  'Mean distance from the approximate Blue Line (DCW) of counted ACLED Israeli strikes located to the town or area (geo_precision 1–2)';
const HEZBOLLAH_DEPTH =
  'Mean distance into Israel from the approximate Blue Line (DCW) of counted ACLED Hezbollah attacks located in Israel (actor Hezbollah, event type "Explosions/Remote violence" or "Battles"), excluding region-level locations (geo_precision 3) and ACLED\'s offshore point';

/**
 * The ACLED-on-both-sides baseline of the incident ratio: ACLED's Hezbollah series starts on
 * 1 January 2024, so both sides are averaged over the same full weeks, 7 January – 31 August
 * 2024, not CSIS's 7 October 2023 – 31 August 2024.
 */
export const BOTH_SIDES_BASELINE: Period = {
  id: 'acled-both-sides-baseline',
  label: '7 January – 31 August 2024 (the full weeks both ACLED series cover before September)',
  from: '2024-01-07',
  to: '2024-08-31',
};

const ALERT_PROXY_DEPTH =
  'Mean distance from the approximate Blue Line of the centroids of northern-front HFC alert events (a proxy for where Hezbollah fire was expected to land, not attack locations)';

/** The Hezbollah depth windows also computed on the alert lens, as before ACLED's Israel file. */
const ALERT_PROXY_WINDOWS = [
  {
    id: 'before-aug-18',
    label: '8 October 2023 – 17 August 2024',
    from: '2023-10-08',
    to: '2024-08-17',
    keyFigure: 'depth-hezbollah-before',
  },
  {
    id: 'aug-18-early-september',
    label: '18 August – early September 2024',
    from: '2024-08-18',
    to: '2024-09-07',
    keyFigure: 'depth-hezbollah-aug-18-early-sep',
  },
  {
    id: 'week-of-sep-22',
    label: 'week of 22 September 2024',
    from: '2024-09-22',
    to: '2024-09-28',
    keyFigure: 'depth-hezbollah-sep-22',
  },
] as const;

const COUNT_MISS =
  'ACLED revises and back-fills its data, so an export taken at another date than CSIS’s download counts a different number of events.';

const FIGURES: readonly Figure[] = [
  {
    id: 'israeli-strikes-weekly-baseline',
    measure: 'Israeli strikes in Lebanon per week, 8 October 2023 – 31 August 2024 (mean)',
    unit: 'strikes per week',
    value: published('strikes-per-week-csis'),
    qualifier: 'about',
    tolerance: CSIS_TOLERANCES.count,
    reproduce: (inputs) => {
      const baseline = baselinePeriod();
      coveringSeries(inputs, 'israel', 'acled', baseline.from, baseline.to);
      const mean = weeklyMean(
        filterWeekly(inputs.weekly, { side: 'israel', source: 'acled' }),
        baseline,
      );
      return {
        value: roundRatio(mean.mean),
        method: `ACLED Israeli strikes (actor Israel, event type "Explosions/Remote violence" or "Battles", located in Lebanon); mean of the ${mean.weeks} Sunday-start weeks starting 2023-10-08 to 2024-08-25.`,
        missReason: COUNT_MISS,
      };
    },
  },
  {
    id: 'israeli-strikes-week-of-sep-15',
    measure: 'Israeli strikes in Lebanon in the week of 15 September 2024',
    unit: 'strikes',
    value: published('strikes-week-sep-15'),
    qualifier: 'more_than',
    tolerance: CSIS_TOLERANCES.floor,
    reproduce: (inputs) => ({
      value: weekCount(inputs, WEEK_OF_SEP_15),
      method: 'ACLED Israeli strikes dated 15–21 September 2024.',
      missReason: COUNT_MISS,
    }),
  },
  {
    id: 'israeli-strikes-week-of-sep-22',
    measure: 'Israeli strikes in Lebanon in the week of 22 September 2024',
    unit: 'strikes',
    value: published('strikes-week-sep-22'),
    qualifier: 'more_than',
    tolerance: CSIS_TOLERANCES.floor,
    reproduce: (inputs) => ({
      value: weekCount(inputs, WEEK_OF_SEP_22),
      method: 'ACLED Israeli strikes dated 22–28 September 2024.',
      missReason: COUNT_MISS,
    }),
  },
  {
    id: 'israeli-depth-before-september',
    measure:
      'Average distance of Israeli strikes from the Blue Line, 8 October 2023 – 31 August 2024',
    unit: 'km',
    value: published('depth-israel-before'),
    qualifier: 'about',
    tolerance: CSIS_TOLERANCES.depth,
    reproduce: (inputs) => {
      const depth = meanDepth(inputs, 'israel', '2023-10-08', '2024-08-31');
      return {
        value: depth.value,
        method: `${ISRAELI_DEPTH}; ${depth.events} events dated 8 Oct 2023 – 31 Aug 2024.`,
        missReason:
          'CSIS does not publish its line or distance method, and our line is an approximation good to about 1 km.',
      };
    },
  },
  {
    id: 'israeli-depth-september-1-21',
    measure:
      'Average distance of Israeli strikes from the Blue Line, first three weeks of September 2024, all counted strikes',
    unit: 'km',
    value: published('depth-israel-sep-1-21'),
    qualifier: 'about',
    tolerance: CSIS_TOLERANCES.depth,
    reproduce: (inputs) => {
      const depth = meanDepth(inputs, 'israel', '2024-09-01', '2024-09-21');
      const without = meanDepth(inputs, 'israel', '2024-09-01', '2024-09-21', notRemote);
      return {
        value: depth.value,
        method: `${ISRAELI_DEPTH}; ${depth.events} events dated 1–21 Sep 2024, of which ${depth.events - without.events} are remote explosions, which in ACLED include the pager and radio explosions of 17–18 September across Lebanon. The counting rule is core's and is not changed to match.`,
        missReason: `ACLED codes the pager and radio explosions of 17–18 September as events across Lebanon, far from the line, which lifts the mean; without them it is ${without.value} km (next row).`,
      };
    },
  },
  {
    id: 'israeli-depth-september-1-21-without-pager-radio',
    measure:
      'Average distance of Israeli strikes from the Blue Line, first three weeks of September 2024, without the pager and radio blasts',
    unit: 'km',
    value: published('depth-israel-sep-1-21'),
    qualifier: 'about',
    tolerance: CSIS_TOLERANCES.depth,
    reproduce: (inputs) => {
      const without = meanDepth(inputs, 'israel', '2024-09-01', '2024-09-21', notRemote);
      return {
        value: without.value,
        method: `${ISRAELI_DEPTH}, leaving out remote explosions (ACLED sub-event "Remote explosive/landmine/IED", which holds the pager and radio blasts of 17–18 September); ${without.events} events dated 1–21 Sep 2024.`,
        missReason:
          'Even without the blasts, ACLED’s strikes of 1–21 September reach further than CSIS’s ~6 km, which CSIS may have computed on an earlier download or a narrower event set it does not describe.',
      };
    },
  },
  {
    id: 'israeli-depth-week-of-sep-22',
    measure: 'Average distance of Israeli strikes from the Blue Line, week of 22 September 2024',
    unit: 'km',
    value: published('depth-israel-sep-22'),
    qualifier: 'about',
    tolerance: CSIS_TOLERANCES.depth,
    reproduce: (inputs) => {
      const depth = meanDepth(inputs, 'israel', '2024-09-22', '2024-09-28');
      return {
        value: depth.value,
        method: `${ISRAELI_DEPTH}; ${depth.events} events dated 22–28 Sep 2024.`,
        missReason:
          'CSIS does not publish its line or distance method, and our line is an approximation good to about 1 km.',
      };
    },
  },
  {
    id: 'hezbollah-depth-before-aug-18',
    measure:
      'Average distance of Hezbollah attacks into Israel from the Blue Line, before 18 August 2024 (CSIS: from 8 October 2023; ACLED here from 1 January 2024)',
    unit: 'km',
    value: published('depth-hezbollah-before'),
    qualifier: 'about',
    tolerance: CSIS_TOLERANCES.depth,
    reproduce: (inputs) => {
      const from = later('2023-10-08', hezbollahStart(inputs));
      const depth = hezbollahDepth(inputs, from, '2024-08-17');
      return {
        value: depth.value,
        method: `${HEZBOLLAH_DEPTH}; ${depth.events} events dated ${from} – 17 Aug 2024. The baseline window starts in January 2024, not October 2023: the ACLED Israel file starts on 1 January 2024.${depth.sensitivity}`,
        missReason:
          'The window starts on 1 January 2024, not 8 October 2023 as CSIS’s does, because the ACLED Israel file starts then.',
      };
    },
  },
  {
    id: 'hezbollah-depth-aug-18-early-september',
    measure:
      'Average distance of Hezbollah attacks into Israel from the Blue Line, 18 August – early September 2024',
    unit: 'km',
    value: published('depth-hezbollah-aug-18-early-sep'),
    qualifier: 'about',
    tolerance: CSIS_TOLERANCES.depth,
    reproduce: (inputs) => {
      const depth = hezbollahDepth(inputs, '2024-08-18', '2024-09-07');
      return {
        value: depth.value,
        method: `${HEZBOLLAH_DEPTH}; ${depth.events} events dated 18 Aug – 7 Sep 2024 ("early September" read as the first week).${depth.sensitivity}`,
        missReason: 'CSIS’s "early September" is not dated exactly; we read it as 7 September.',
      };
    },
  },
  {
    id: 'hezbollah-depth-week-of-sep-22',
    measure:
      'Average distance of Hezbollah attacks into Israel from the Blue Line, week of 22 September 2024',
    unit: 'km',
    value: published('depth-hezbollah-sep-22'),
    qualifier: 'about',
    tolerance: CSIS_TOLERANCES.depth,
    reproduce: (inputs) => {
      const depth = hezbollahDepth(inputs, '2024-09-22', '2024-09-28');
      return {
        value: depth.value,
        method: `${HEZBOLLAH_DEPTH}; ${depth.events} events dated 22–28 Sep 2024.${depth.sensitivity}${alertProxyDepth(inputs, '2024-09-22', '2024-09-28')}`,
        missReason: `At ${depth.value} km the mean is ${roundKm(Math.abs(published('depth-hezbollah-sep-22') - depth.value))} km from CSIS’s ~${published('depth-hezbollah-sep-22')} km, just past the ±${CSIS_TOLERANCES.depth.value} km band and within the error of our approximate Blue Line (about ±1 km); leaving out the late claims gives ${depth.withoutLateValue ?? depth.value} km.`,
      };
    },
  },
  ...ALERT_PROXY_WINDOWS.map((window): Figure => ({
    id: `hezbollah-alert-proxy-depth-${window.id}`,
    measure: `Average distance of Hezbollah fire from the Blue Line, ${window.label}, seen through alert events (the second lens)`,
    unit: 'km',
    value: published(window.keyFigure),
    qualifier: 'about',
    tolerance: CSIS_TOLERANCES.depth,
    reproduce: (inputs) => {
      const depth = meanDepth(inputs, 'hezbollah', window.from, window.to, () => true, 'alerts');
      return {
        value: depth.value,
        method: `${ALERT_PROXY_DEPTH}; ${depth.events} alert events dated ${window.from} – ${window.to}.`,
        missReason:
          'Alert events are clusters of warnings, not geolocated attacks: near-border salvos stay numerous while each deep salvo counts once, so the proxy runs below CSIS’s attack-based figure.',
      };
    },
  })),
  {
    id: 'incidents-ratio-week-of-sep-22',
    measure:
      'Violent incidents in the last week of September 2024 against the weekly average before September (CSIS: 7 October 2023 – 31 August 2024)',
    unit: 'times the weekly average',
    value: published('incident-jump'),
    qualifier: 'about',
    tolerance: CSIS_TOLERANCES.ratio,
    reproduce: (inputs) => {
      const ratio = bothSidesRatio(inputs);
      return {
        value: roundRatio(ratio.ratio ?? 0),
        method: `ACLED events on both sides: Israeli strikes located in Lebanon plus Hezbollah attacks located in Israel. Week of 22 September 2024 (${ratio.weekCount}) against the mean of the ${ratio.baselineWeeks} weeks starting 2024-01-07 to 2024-08-25 (${roundRatio(ratio.baselineWeeklyMean)}): the baseline starts in January 2024, when ACLED's Israel file starts, not in October 2023.`,
        missReason:
          'The baseline starts in January 2024, not October 2023 as CSIS’s does, because ACLED’s Israel file starts then.',
      };
    },
  },
];

function notRemote(event: SeriesEvent): boolean {
  return event.kind !== 'remote_explosive';
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** ACLED on both sides, week of 22 September against {@link BOTH_SIDES_BASELINE}. */
function bothSidesRatio(inputs: CsisInputs) {
  for (const side of ['israel', 'hezbollah'] as const) {
    coveringSeries(inputs, side, 'acled', BOTH_SIDES_BASELINE.from, BOTH_SIDES_BASELINE.to);
    coveringSeries(inputs, side, 'acled', WEEK_OF_SEP_22, addDays(WEEK_OF_SEP_22, 6));
  }
  const rows = [
    ...filterWeekly(inputs.weekly, { side: 'israel', source: 'acled' }),
    ...filterWeekly(inputs.weekly, { side: 'hezbollah', source: 'acled' }),
  ];
  return baselineRatio(rows, WEEK_OF_SEP_22, BOTH_SIDES_BASELINE);
}

function combinedRatio(inputs: CsisInputs) {
  const rows = [
    ...filterWeekly(inputs.weekly, { side: 'israel', source: 'acled' }),
    ...filterWeekly(inputs.weekly, { side: 'hezbollah', source: 'alerts' }),
  ];
  const baseline = coveredBaseline(inputs, [
    ['israel', 'acled'],
    ['hezbollah', 'alerts'],
  ]);
  return baselineRatio(rows, WEEK_OF_SEP_22, baseline);
}

/**
 * `csis.json`: each CSIS figure (Byman, Jones and Palmer, CSIS, 4 October 2024) next to our
 * reproduction, its tolerance and whether it falls within it, plus the baseline ratios behind
 * the "4.5 times" claim (core `baselineRatio`).
 */
export function composeCsis(inputs: CsisInputs): CsisSnapshot {
  const comparisons: CsisComparisonRow[] = [];
  const omitted: CsisSnapshot['omitted'] = [];
  for (const figure of FIGURES) {
    const reproduced = attempt(() => figure.reproduce(inputs));
    if (!reproduced.ok) {
      omitted.push({ id: figure.id, measure: figure.measure, reason: reproduced.reason });
      continue;
    }
    const within = withinTolerance(reproduced.value.value, figure.value, figure.tolerance);
    comparisons.push({
      id: figure.id,
      measure: figure.measure,
      unit: figure.unit,
      csis: { value: figure.value, qualifier: figure.qualifier, source: inputs.source },
      reproduced: { value: reproduced.value.value },
      tolerance: figure.tolerance,
      withinTolerance: within,
      method: reproduced.value.method,
      missExplanation: within ? null : reproduced.value.missReason,
    });
  }
  const round = <R extends { baselineWeeklyMean: number; ratio: number | null }>(ratio: R): R => ({
    ...ratio,
    baselineWeeklyMean: roundRatio(ratio.baselineWeeklyMean),
    ratio: ratio.ratio === null ? null : roundRatio(ratio.ratio),
  });
  const ratioSpecs = [
    {
      id: 'israeli-strikes-week-of-sep-22',
      label:
        'ACLED Israeli strikes, week of 22 September 2024, against the weekly mean of 8 October 2023 – 31 August 2024',
      compute: () =>
        baselineRatio(
          filterWeekly(inputs.weekly, { side: 'israel', source: 'acled' }),
          WEEK_OF_SEP_22,
          coveredBaseline(inputs, [['israel', 'acled']]),
        ),
    },
    {
      id: 'acled-both-sides-week-of-sep-22',
      label:
        'ACLED Israeli strikes plus ACLED Hezbollah attacks located in Israel, week of 22 September 2024, against the weekly mean of 7 January – 31 August 2024 (ACLED’s Israel file starts in January 2024)',
      compute: () => bothSidesRatio(inputs),
    },
    {
      id: 'combined-proxy-week-of-sep-22',
      label:
        'ACLED Israeli strikes plus northern-front alert events (a proxy for CSIS incidents), week of 22 September 2024, against the weekly mean of 8 October 2023 – 31 August 2024',
      compute: () => combinedRatio(inputs),
    },
  ];
  const ratios: CsisSnapshot['ratios'] = [];
  for (const spec of ratioSpecs) {
    const ratio = attempt(spec.compute);
    if (ratio.ok) ratios.push({ id: spec.id, label: spec.label, ...round(ratio.value) });
    else omitted.push({ id: `ratio:${spec.id}`, measure: spec.label, reason: ratio.reason });
  }
  return { comparisons, ratios, omitted };
}

/**
 * Runs one reproduction; a lack of data (core's refusal of a period without weeks, or no events)
 * becomes a reason to omit the figure, while any other error still stops the build.
 */
function attempt<T>(
  reproduce: () => T,
): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string } {
  try {
    return { ok: true, value: reproduce() };
  } catch (error) {
    if (error instanceof NotReproducible || error instanceof InvalidArgumentError) {
      return { ok: false, reason: error.message };
    }
    throw error;
  }
}
