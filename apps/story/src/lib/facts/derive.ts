/**
 * Every computed number the copy prints, derived from the snapshot with @blueline/core. The
 * story composes; the counting, averaging, re-binning and ratios are core's.
 */
import {
  coverageOf,
  DEFAULT_DISTANCE_EDGES_KM,
  filterWeekly,
  rebin,
  sumHexCells,
  weeklyMean,
  weekStartOf,
  type Belligerent,
  type DatedSeries,
  type DistanceHistogram,
  type KeyFigure,
  type Period,
  type SeriesSource,
  type WeeklyRow,
} from '@blueline/core';
import { greatest } from 'd3-array';
import { formatKeyFigure } from '$lib/format/key-figure';
import type { StorySnapshot } from '$lib/snapshot';
import type { StepId } from '$lib/story/chapters';
import { casualtyLabelPoint, type Quantity } from '$lib/story/drawn';
import { JUNE_2024, STEP_GRAPHICS } from '$lib/story/graphics';
import type { FactKey, KeyFigureId } from './keys';

/** How a fact is printed. */
export type FactFormat =
  | 'count'
  | 'average'
  | 'km'
  | 'ratio'
  | 'share'
  | 'correlation'
  | 'date'
  /** Already worded, e.g. a published figure with its qualifier: "about 6". */
  | 'text';

/** A fact: its value, how to print it, and the quantity a graphic may draw for it. */
export interface Fact {
  readonly value: number | string;
  readonly format: FactFormat;
  /** What the number measures, in the graphics' terms (see `story/drawn.ts`). */
  readonly quantity?: Quantity;
}

/** Dates the story's facts are anchored to (week starts; weeks begin on Sunday). */
export const FACT_DATES = {
  firstWeek: '2023-10-08',
  august25Week: '2024-08-25',
  september15Week: '2024-09-15',
  september22Week: '2024-09-22',
  /** The last day before the pager attacks. */
  beforeSeptember: '2024-09-16',
  ceasefire: '2024-11-27',
  /** The two weeks after Northern Arrows. */
  airWar: { from: '2024-09-22', to: '2024-10-06' },
} as const;

function fail(what: string): never {
  throw new Error(`The snapshot has no ${what}`);
}

function weekRow(
  rows: readonly WeeklyRow[],
  weekStart: string,
  side: Belligerent,
  source: SeriesSource,
): WeeklyRow {
  return (
    rows.find((row) => row.weekStart === weekStart && row.side === side && row.source === source) ??
    fail(`${side}/${source} row for the week of ${weekStart}`)
  );
}

function seriesRows(rows: readonly WeeklyRow[], side: Belligerent, source: SeriesSource) {
  return filterWeekly(rows, { side, source });
}

/** The provenance id of ACLED's events located in Israel (Hezbollah attacks). */
export const ACLED_ISRAEL_SOURCE = 'acled-israel';

/**
 * The last day a source covers: the latest coverage end among the provenance entries whose id
 * starts with `idPrefix` (`acled`, `ucdp`, `hfc-alerts` — the alerts come from two feeds).
 */
export function coverageEnd(snapshot: StorySnapshot, idPrefix: string): string {
  const ends = coverageOf(snapshot.provenance).flatMap((coverage) =>
    coverage.source.startsWith(idPrefix) ? [coverage.to] : [],
  );
  return ends.sort().at(-1) ?? fail(`provenance entry with coverage for ${idPrefix}`);
}

/** The first day a provenance entry covers (e.g. where the Cumta relay takes over the alerts). */
export function coverageStart(snapshot: StorySnapshot, sourceId: string): string {
  return (
    coverageOf(snapshot.provenance).find((coverage) => coverage.source === sourceId)?.from ??
    fail(`provenance entry with coverage for ${sourceId}`)
  );
}

/** The latest day any source covers: the story's "data as of" date. */
export function dataAsOf(snapshot: StorySnapshot): string {
  return coverageEnd(snapshot, '');
}

/** Provenance ids of the two alert feeds: the official history, then the Cumta relay. */
export const ALERT_FEEDS = { official: 'hfc-alerts-official', relay: 'hfc-alerts-cumta' } as const;

/** ACLED's armed clashes inside Lebanon (the `acled-clashes` map layer) in a window of weeks. */
export function clashesIn(
  snapshot: StorySnapshot,
  window: { readonly from: string; readonly to: string },
): { readonly clashes: number; readonly cells: number } {
  const totals = sumHexCells(snapshot.hexCells.weeks, {
    side: 'israel',
    source: 'acled-clashes',
    from: window.from,
    to: window.to,
  });
  return {
    clashes: totals.reduce((sum, total) => sum + total.count, 0),
    cells: totals.length,
  };
}

/** The clashes a map step outlines: the numbers its text quotes. */
export function clashesOnMap(
  snapshot: StorySnapshot,
  stepId: StepId,
): { readonly clashes: number; readonly cells: number } {
  const state = STEP_GRAPHICS[stepId];
  if (state.kind !== 'map' || !state.clashes || state.window === null) {
    return fail(`map step "${stepId}" with clashes and a window`);
  }
  return clashesIn(snapshot, state.window);
}

/** A version seam recorded in provenance.json, by id. */
export function seam(snapshot: StorySnapshot, id: string) {
  return snapshot.provenance.seams.find((one) => one.id === id) ?? fail(`seam "${id}"`);
}

/** The first week whose ACLED strike count is only a lower bound (the partly read later file). */
export function firstIncompleteWeek(snapshot: StorySnapshot): string {
  return (
    filterWeekly(snapshot.weekly, { side: 'israel', source: 'acled' }).find(
      (row) => row.completeness === 'lower-bound',
    )?.weekStart ?? fail('incomplete ACLED week')
  );
}

/** Provenance id prefixes of the three event sources. */
export const SOURCE_PREFIX = { acled: 'acled', ucdp: 'ucdp', alerts: 'hfc-alerts' } as const;

/** The histogram periods the story draws, by their id in histograms.json. */
export type HistogramPeriodId = 'before-september' | 'from-september' | 'ground-war';

/** The histogram of one side and source for one period. */
export function histogramFor(
  histograms: readonly DistanceHistogram[],
  side: Belligerent,
  source: SeriesSource,
  periodId: HistogramPeriodId,
): DistanceHistogram {
  const found = histograms.find(
    (one) => one.side === side && one.source === source && one.period.id === periodId,
  );
  return found ?? fail(`${side}/${source} histogram for the period "${periodId}"`);
}

/** The share of a histogram's events closer to the line than `km` (which must be a bin edge). */
function shareWithin(histogram: DistanceHistogram, km: number): number {
  return rebin(histogram, [0, km]).bins[0]?.share ?? 0;
}

/** The share of a histogram's events at least `km` from the line. */
function shareBeyond(histogram: DistanceHistogram, km: number): number {
  return rebin(histogram, [0, km]).bins[1]?.share ?? 0;
}

/** The Lebanese health ministry's cumulative count of the dead. */
export const KILLED_SERIES = 'moph-killed-cumulative';
/** IOM's count of people displaced in Lebanon since October 2023. */
export const DISPLACED_SERIES = 'dtm-displaced-cumulative';

/** A casualty or displacement series by id. */
export function seriesById(series: readonly DatedSeries[], id: string): DatedSeries {
  return series.find((one) => one.id === id) ?? fail(`series "${id}"`);
}

/** The last point of a series on or before `date`. */
export function pointOnOrBefore(series: DatedSeries, date: string) {
  return (
    greatest(
      series.points.filter((point) => point.date <= date),
      (point) => point.date,
    ) ?? fail(`${series.id} point on or before ${date}`)
  );
}

function phaseSummary(
  snapshot: StorySnapshot,
  phaseId: string,
  side: Belligerent,
  source: SeriesSource,
) {
  return (
    snapshot.phases.summaries.find(
      (one) => one.phaseId === phaseId && one.side === side && one.source === source,
    ) ?? fail(`${phaseId} summary for ${side}/${source}`)
  );
}

/** The ids of csis.json rows and ratios the story prints. */
export const CSIS_IDS = {
  strikesWeekly: 'israeli-strikes-weekly-baseline',
  strikesSep15: 'israeli-strikes-week-of-sep-15',
  strikesSep22: 'israeli-strikes-week-of-sep-22',
  depthIsraelBefore: 'israeli-depth-before-september',
  depthIsraelSep1to21: 'israeli-depth-september-1-21',
  depthIsraelSep22: 'israeli-depth-week-of-sep-22',
  depthHezbollahBefore: 'hezbollah-depth-before-aug-18',
  depthHezbollahLateAugust: 'hezbollah-depth-aug-18-early-september',
  depthHezbollahSep22: 'hezbollah-depth-week-of-sep-22',
  depthIsraelSep1to21NoBlasts: 'israeli-depth-september-1-21-without-pager-radio',
  incidentsRatio: 'incidents-ratio-week-of-sep-22',
  ratioCombined: 'combined-proxy-week-of-sep-22',
  ratioStrikes: 'israeli-strikes-week-of-sep-22',
} as const;

/** The seams the story names (provenance.json). */
export const ACLED_LEBANON_SEAM_ID = 'acled-lebanon-versions';
export const ALERTS_SEAM_ID = 'hfc-alerts-sources';
/** The agreement lenses the story quotes (agreement.json). */
const HEZBOLLAH_ALERTS_LENS = 'acled-hezbollah-vs-alerts';
const LATER_ACLED_UCDP_LENS = 'acled-later-version-vs-ucdp';

/** A CSIS comparison row by id. */
export function comparison(snapshot: StorySnapshot, id: string) {
  return snapshot.csis.comparisons.find((row) => row.id === id) ?? fail(`CSIS comparison "${id}"`);
}

/** A CSIS baseline ratio by id. */
export function ratio(snapshot: StorySnapshot, id: string) {
  return snapshot.csis.ratios.find((one) => one.id === id) ?? fail(`CSIS ratio "${id}"`);
}

/** CSIS's baseline period, as the pipeline recorded it with the ratios. */
export function csisBaseline(snapshot: StorySnapshot): Period {
  return ratio(snapshot, CSIS_IDS.ratioStrikes).baseline;
}

/** The reproduced value of a CSIS comparison row. */
export function reproduced(snapshot: StorySnapshot, id: string): number {
  return comparison(snapshot, id).reproduced.value;
}

function notNull(value: number | null, what: string): number {
  return value ?? fail(what);
}

/** The Lebanese health ministry's and IOM's points the casualties graphic of a step labels. */
function casualtyLabel(snapshot: StorySnapshot, stepId: StepId, seriesId: string) {
  const state = STEP_GRAPHICS[stepId];
  if (state.kind !== 'casualties') return fail(`casualties graphic at step ${stepId}`);
  return (
    casualtyLabelPoint(seriesById(snapshot.series, seriesId), state) ??
    fail(`${seriesId} point for ${stepId}`)
  );
}

function lens(snapshot: StorySnapshot, id: string) {
  return snapshot.agreement.lenses.find((one) => one.id === id) ?? fail(`agreement lens "${id}"`);
}

function weekQuantity(series: Quantity['series'], week: string): Quantity {
  return { series, at: week };
}

/** Every fact the copy prints. */
export function deriveFacts(snapshot: StorySnapshot): Readonly<Record<FactKey, Fact>> {
  const { weekly, histograms } = snapshot;
  const strikes = seriesRows(weekly, 'israel', 'acled');
  const hezbollah = seriesRows(weekly, 'hezbollah', 'acled');
  const alerts = seriesRows(weekly, 'hezbollah', 'alerts');
  const baseline = csisBaseline(snapshot);
  const [, , nearKm = 5, , farKm = 20] = DEFAULT_DISTANCE_EDGES_KM;
  const israelStart = coverageStart(snapshot, ACLED_ISRAEL_SOURCE);
  const israelStartWeek = weekStartOf(israelStart);
  /** The full weeks of ACLED's Israel file before September: its baseline. */
  const hezbollahBaseline: Period = {
    id: 'acled-israel-before-september',
    label: 'ACLED Israel, January – August 2024',
    from: israelStartWeek < israelStart ? addDaysIso(israelStartWeek, 7) : israelStartWeek,
    to: baseline.to,
  };
  const alertsOnly: Period = {
    id: 'alerts-only',
    label: 'Before ACLED Israel',
    from: baseline.from,
    to: addDaysIso(israelStartWeek, -1),
  };

  const strikesBefore = histogramFor(histograms, 'israel', 'acled', 'before-september');
  const strikesAfter = histogramFor(histograms, 'israel', 'acled', 'from-september');
  const hezbollahBefore = histogramFor(histograms, 'hezbollah', 'acled', 'before-september');
  const hezbollahAfter = histogramFor(histograms, 'hezbollah', 'acled', 'from-september');
  const fatalGroundWar = histogramFor(histograms, 'israel', 'ucdp', 'ground-war');

  const displaced = seriesById(snapshot.series, DISPLACED_SERIES);
  const killedBeforeSeptember = casualtyLabel(snapshot, 'contained-displacement', KILLED_SERIES);
  const killedAtCeasefire = casualtyLabel(snapshot, 'ground-war-ceasefire', KILLED_SERIES);
  const tollDisplaced = casualtyLabel(snapshot, 'ground-war-toll', DISPLACED_SERIES);
  const iomPeak =
    greatest(displaced.points, (point) => point.value) ?? fail('IOM displacement points');
  const peakHezbollah =
    greatest(
      hezbollah.filter((row) => row.weekStart <= FACT_DATES.ceasefire),
      (row) => row.count,
    ) ?? fail('ACLED Hezbollah weeks');
  const truce = phaseSummary(snapshot, 'gaza-truce', 'israel', 'acled');
  const groundWar = phaseSummary(snapshot, 'ground-war', 'israel', 'acled');
  const groundWarClashes = clashesOnMap(snapshot, 'ground-war-invasion');
  const groundWarHezbollah = phaseSummary(snapshot, 'ground-war', 'hezbollah', 'acled');
  const september22Hezbollah = weekRow(weekly, FACT_DATES.september22Week, 'hezbollah', 'acled');
  const september22HezbollahExcl = weekRow(
    weekly,
    FACT_DATES.september22Week,
    'hezbollah',
    'acled-excl-late-claims',
  );
  const toCeasefire = (rows: readonly WeeklyRow[]) =>
    rows
      .filter((row) => row.weekStart <= FACT_DATES.ceasefire)
      .reduce((sum, row) => sum + row.count, 0);
  const hezbollahTotal = toCeasefire(hezbollah);
  const hezbollahTotalExcl = toCeasefire(seriesRows(weekly, 'hezbollah', 'acled-excl-late-claims'));
  const acledSeam = seam(snapshot, ACLED_LEBANON_SEAM_ID);
  const alertsSeam = seam(snapshot, ALERTS_SEAM_ID);
  const week15 = FACT_DATES.september15Week;
  const week15Strikes = weekRow(weekly, week15, 'israel', 'acled');
  const week15Hezbollah = weekRow(weekly, week15, 'hezbollah', 'acled');

  return {
    acledEnd: { value: coverageEnd(snapshot, SOURCE_PREFIX.acled), format: 'date' },
    ucdpEnd: { value: coverageEnd(snapshot, SOURCE_PREFIX.ucdp), format: 'date' },
    alertsEnd: { value: coverageEnd(snapshot, SOURCE_PREFIX.alerts), format: 'date' },
    officialAlertsEnd: { value: coverageEnd(snapshot, ALERT_FEEDS.official), format: 'date' },
    alertsRelayFrom: { value: coverageStart(snapshot, ALERT_FEEDS.relay), format: 'date' },
    dataAsOf: { value: dataAsOf(snapshot), format: 'date' },
    acledIsraelStart: { value: israelStart, format: 'date' },
    acledSeamDay: { value: acledSeam.firstDayOfLater, format: 'date' },
    alertsSeamDay: { value: alertsSeam.firstDayOfLater, format: 'date' },
    incompleteFrom: { value: firstIncompleteWeek(snapshot), format: 'date' },
    alertsOnlyWeeks: { value: weeklyMean(alerts, alertsOnly).weeks, format: 'count' },

    firstWeekStrikes: {
      value: weekRow(weekly, FACT_DATES.firstWeek, 'israel', 'acled').count,
      format: 'count',
      quantity: weekQuantity('strikes', FACT_DATES.firstWeek),
    },
    firstWeekAlerts: {
      value: weekRow(weekly, FACT_DATES.firstWeek, 'hezbollah', 'alerts').count,
      format: 'count',
      quantity: weekQuantity('alerts', FACT_DATES.firstWeek),
    },

    baselineWeeks: { value: weeklyMean(strikes, baseline).weeks, format: 'count' },
    baselineStrikesWeekly: {
      value: weeklyMean(strikes, baseline).mean,
      format: 'average',
      quantity: { series: 'strikesBaseline', at: `${baseline.from}..${baseline.to}` },
    },
    baselineHezbollahWeekly: {
      value: weeklyMean(hezbollah, hezbollahBaseline).mean,
      format: 'average',
    },
    alertsOnlyWeekly: { value: weeklyMean(alerts, alertsOnly).mean, format: 'average' },
    hezbollahAlertsCorrelation: {
      value: notNull(
        lens(snapshot, HEZBOLLAH_ALERTS_LENS).countCorrelation,
        'ACLED–alerts correlation',
      ),
      format: 'correlation',
    },
    lateClaimShare: { value: 1 - hezbollahTotalExcl / hezbollahTotal, format: 'share' },
    hezbollahTotal: { value: hezbollahTotal, format: 'count' },
    hezbollahTotalExclLateClaims: { value: hezbollahTotalExcl, format: 'count' },
    supportFrontStrikesWeekly: {
      value: notNull(
        phaseSummary(snapshot, 'support-front', 'israel', 'acled').weeklyMean,
        'support-front weekly mean',
      ),
      format: 'average',
    },
    truceDays: { value: truce.days, format: 'count' },
    truceStrikes: { value: truce.total, format: 'count' },
    nearKm: { value: nearKm, format: 'count' },
    farKm: { value: farKm, format: 'count' },
    beforeShareNear: { value: shareWithin(strikesBefore, nearKm), format: 'share' },
    beforeShareFar: { value: shareBeyond(strikesBefore, farKm), format: 'share' },
    fromSeptemberShareNear: { value: shareWithin(strikesAfter, nearKm), format: 'share' },
    fromSeptemberShareFar: { value: shareBeyond(strikesAfter, farKm), format: 'share' },
    beforeHezbollahShareNear: { value: shareWithin(hezbollahBefore, nearKm), format: 'share' },
    fromSeptemberHezbollahShareNear: {
      value: shareWithin(hezbollahAfter, nearKm),
      format: 'share',
    },
    baselineDepthIsrael: { value: reproduced(snapshot, CSIS_IDS.depthIsraelBefore), format: 'km' },
    baselineDepthHezbollah: {
      value: reproduced(snapshot, CSIS_IDS.depthHezbollahBefore),
      format: 'km',
    },
    mophKilledBeforeSeptember: {
      value: killedBeforeSeptember.value,
      format: 'count',
      quantity: { series: 'killed', at: killedBeforeSeptember.date },
    },
    mophKilledBeforeSeptemberDate: { value: killedBeforeSeptember.date, format: 'date' },

    juneStrikesWeekly: { value: weeklyMean(strikes, JUNE_2024).mean, format: 'average' },
    juneHezbollahWeekly: { value: weeklyMean(hezbollah, JUNE_2024).mean, format: 'average' },

    august25Strikes: {
      value: weekRow(weekly, FACT_DATES.august25Week, 'israel', 'acled').count,
      format: 'count',
      quantity: weekQuantity('strikes', FACT_DATES.august25Week),
    },
    august25Hezbollah: {
      value: weekRow(weekly, FACT_DATES.august25Week, 'hezbollah', 'acled').count,
      format: 'count',
      quantity: weekQuantity('hezbollah', FACT_DATES.august25Week),
    },
    august25Alerts: {
      value: weekRow(weekly, FACT_DATES.august25Week, 'hezbollah', 'alerts').count,
      format: 'count',
      quantity: weekQuantity('alerts', FACT_DATES.august25Week),
    },
    earlySeptemberDepthIsrael: {
      value: reproduced(snapshot, CSIS_IDS.depthIsraelSep1to21),
      format: 'km',
      quantity: { series: 'strikesMeanKm', at: '2024-09-01..2024-09-21' },
    },
    earlySeptemberDepthIsraelNoBlasts: {
      value: reproduced(snapshot, CSIS_IDS.depthIsraelSep1to21NoBlasts),
      format: 'km',
      quantity: { series: 'strikesMeanKm', at: '2024-09-01..2024-09-21 without blasts' },
    },
    csisEarlySeptemberDepthIsrael: {
      value: formatKeyFigure(comparison(snapshot, CSIS_IDS.depthIsraelSep1to21).csis),
      format: 'text',
    },
    september15DepthIsrael: {
      value: notNull(week15Strikes.meanDistanceKm, 'week of 15 Sep strike depth'),
      format: 'km',
      quantity: weekQuantity('strikesMeanKm', week15),
    },
    september15DepthHezbollah: {
      value: notNull(week15Hezbollah.meanDistanceKm, 'week of 15 Sep Hezbollah depth'),
      format: 'km',
      quantity: weekQuantity('hezbollahMeanKm', week15),
    },
    lateAugustDepthHezbollah: {
      value: reproduced(snapshot, CSIS_IDS.depthHezbollahLateAugust),
      format: 'km',
      quantity: { series: 'hezbollahMeanKm', at: '2024-08-18..early September' },
    },

    september15Strikes: {
      value: week15Strikes.count,
      format: 'count',
      quantity: weekQuantity('strikes', week15),
    },
    september22Strikes: {
      value: weekRow(weekly, FACT_DATES.september22Week, 'israel', 'acled').count,
      format: 'count',
      quantity: weekQuantity('strikes', FACT_DATES.september22Week),
    },
    jumpRatio: { value: reproduced(snapshot, CSIS_IDS.incidentsRatio), format: 'ratio' },
    september22DepthIsrael: {
      value: notNull(
        weekRow(weekly, FACT_DATES.september22Week, 'israel', 'acled').meanDistanceKm,
        'week of 22 Sep strike depth',
      ),
      format: 'km',
      quantity: weekQuantity('strikesMeanKm', FACT_DATES.september22Week),
    },
    september22DepthHezbollah: {
      value: notNull(september22Hezbollah.meanDistanceKm, 'week of 22 Sep Hezbollah depth'),
      format: 'km',
      quantity: weekQuantity('hezbollahMeanKm', FACT_DATES.september22Week),
    },
    september22DepthHezbollahExclLateClaims: {
      value: notNull(
        september22HezbollahExcl.meanDistanceKm,
        'week of 22 Sep depth, no late claims',
      ),
      format: 'km',
    },

    groundWarStrikes: { value: groundWar.total, format: 'count' },
    groundWarClashes: { value: groundWarClashes.clashes, format: 'count' },
    groundWarClashCells: { value: groundWarClashes.cells, format: 'count' },
    groundWarStrikesWeekly: {
      value: notNull(groundWar.weeklyMean, 'ground-war weekly mean'),
      format: 'average',
    },
    laterAcledUcdpCorrelation: {
      value: notNull(
        lens(snapshot, LATER_ACLED_UCDP_LENS).countCorrelation,
        'ACLED–UCDP correlation',
      ),
      format: 'correlation',
    },
    groundWarUcdpShareNear: { value: shareWithin(fatalGroundWar, nearKm), format: 'share' },
    groundWarDepthHezbollah: {
      value: notNull(groundWarHezbollah.depth.meanKm, 'ground-war Hezbollah depth'),
      format: 'km',
    },
    peakHezbollahWeek: { value: peakHezbollah.weekStart, format: 'date' },
    peakHezbollah: {
      value: peakHezbollah.count,
      format: 'count',
      quantity: weekQuantity('hezbollah', peakHezbollah.weekStart),
    },
    iomBreakDate: {
      value: displaced.breaks[0]?.date ?? fail('IOM definition break'),
      format: 'date',
    },
    tollDisplaced: {
      value: tollDisplaced.value,
      format: 'count',
      quantity: { series: 'displaced', at: tollDisplaced.date },
    },
    tollDisplacedDate: { value: tollDisplaced.date, format: 'date' },
    iomPeak: { value: iomPeak.value, format: 'count' },
    iomPeakDate: { value: iomPeak.date, format: 'date' },
    mophKilledAtCeasefire: {
      value: killedAtCeasefire.value,
      format: 'count',
      quantity: { series: 'killed', at: killedAtCeasefire.date },
    },
    mophKilledAtCeasefireDate: { value: killedAtCeasefire.date, format: 'date' },
    airWarStrikes: { value: weeklyMean(strikes, FACT_DATES.airWar).total, format: 'count' },
  };
}

function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Key figures that measure a quantity a graphic draws (the rest are not on any chart). */
export const KEY_FIGURE_QUANTITIES: Partial<Record<KeyFigureId, (figure: KeyFigure) => Quantity>> =
  {
    'lebanese-displaced-three-weeks': (figure) => ({ series: 'displaced', at: figure.asOf }),
  };
