/**
 * Every computed number the copy prints, derived from the snapshot with @blueline/core. The
 * story composes; the counting, averaging, re-binning and ratios are core's.
 */
import {
  coverageOf,
  DEFAULT_DISTANCE_EDGES_KM,
  filterWeekly,
  rebin,
  weeklyMean,
  type Belligerent,
  type DatedSeries,
  type DistanceHistogram,
  type Period,
  type SeriesSource,
  type WeeklyRow,
} from '@blueline/core';
import { greatest } from 'd3-array';
import { formatKeyFigure } from '$lib/format/key-figure';
import type { StorySnapshot } from '$lib/snapshot';
import { AFTER_ACLED, JUNE_2024 } from '$lib/story/graphics';
import type { FactKey } from './keys';

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

/** A fact: its value and how to print it. */
export interface Fact {
  readonly value: number | string;
  readonly format: FactFormat;
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
  /** From Northern Arrows to the last full week of ACLED data. */
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

/**
 * The ACLED files of issue 8 (events located in Israel; the later Lebanon version after the
 * 11/12 October 2024 seam). The story still tells ACLED's Lebanon record as ending with the
 * October 2024 export, so they do not move its end date until the story is rewritten on them.
 */
const LATER_ACLED_SOURCES: readonly string[] = ['acled-israel', 'acled-lebanon-later'];

/**
 * The last day a source covers: the latest coverage end among the provenance entries whose id
 * starts with `idPrefix` (`acled`, `ucdp`, `hfc-alerts` — the alerts come from two feeds).
 */
export function coverageEnd(snapshot: StorySnapshot, idPrefix: string): string {
  const ends = coverageOf(snapshot.provenance).flatMap((coverage) =>
    coverage.source.startsWith(idPrefix) && !LATER_ACLED_SOURCES.includes(coverage.source)
      ? [coverage.to]
      : [],
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
  // The story's text still describes the alert lens here; ACLED's Hezbollah depths (issue 8)
  // are the rows without "alert-proxy" in their id.
  depthHezbollahBefore: 'hezbollah-alert-proxy-depth-before-aug-18',
  depthHezbollahLateAugust: 'hezbollah-alert-proxy-depth-aug-18-early-september',
  depthHezbollahSep22: 'hezbollah-alert-proxy-depth-week-of-sep-22',
  ratioCombined: 'combined-proxy-week-of-sep-22',
  ratioStrikes: 'israeli-strikes-week-of-sep-22',
} as const;

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

/** Every fact the copy prints. */
export function deriveFacts(snapshot: StorySnapshot): Readonly<Record<FactKey, Fact>> {
  const { weekly, histograms } = snapshot;
  const strikes = seriesRows(weekly, 'israel', 'acled');
  const alerts = seriesRows(weekly, 'hezbollah', 'alerts');
  const fatal = seriesRows(weekly, 'israel', 'ucdp');
  const baseline = csisBaseline(snapshot);
  const [, , nearKm = 5, , farKm = 20] = DEFAULT_DISTANCE_EDGES_KM;

  const strikesBefore = histogramFor(histograms, 'israel', 'acled', 'before-september');
  const strikesAfter = histogramFor(histograms, 'israel', 'acled', 'from-september');
  const alertsBefore = histogramFor(histograms, 'hezbollah', 'alerts', 'before-september');
  const alertsAfter = histogramFor(histograms, 'hezbollah', 'alerts', 'from-september');
  const fatalGroundWar = histogramFor(histograms, 'israel', 'ucdp', 'ground-war');

  const killed = seriesById(snapshot.series, KILLED_SERIES);
  const displaced = seriesById(snapshot.series, DISPLACED_SERIES);
  const killedBeforeSeptember = pointOnOrBefore(killed, FACT_DATES.beforeSeptember);
  const killedAtCeasefire = pointOnOrBefore(killed, FACT_DATES.ceasefire);
  const peakAlerts =
    greatest(
      alerts.filter((row) => row.weekStart <= FACT_DATES.ceasefire),
      (row) => row.count,
    ) ?? fail('alert weeks');
  const truce = phaseSummary(snapshot, 'gaza-truce', 'israel', 'acled');
  const september22Strikes = weekRow(weekly, FACT_DATES.september22Week, 'israel', 'acled');
  const september22Alerts = weekRow(weekly, FACT_DATES.september22Week, 'hezbollah', 'alerts');

  return {
    acledEnd: { value: coverageEnd(snapshot, SOURCE_PREFIX.acled), format: 'date' },
    ucdpEnd: { value: coverageEnd(snapshot, SOURCE_PREFIX.ucdp), format: 'date' },
    alertsEnd: { value: coverageEnd(snapshot, SOURCE_PREFIX.alerts), format: 'date' },
    officialAlertsEnd: { value: coverageEnd(snapshot, ALERT_FEEDS.official), format: 'date' },
    alertsRelayFrom: { value: coverageStart(snapshot, ALERT_FEEDS.relay), format: 'date' },
    dataAsOf: { value: dataAsOf(snapshot), format: 'date' },

    firstWeekStrikes: {
      value: weekRow(weekly, FACT_DATES.firstWeek, 'israel', 'acled').count,
      format: 'count',
    },
    firstWeekAlerts: {
      value: weekRow(weekly, FACT_DATES.firstWeek, 'hezbollah', 'alerts').count,
      format: 'count',
    },

    baselineWeeks: { value: weeklyMean(strikes, baseline).weeks, format: 'count' },
    baselineStrikesWeekly: { value: weeklyMean(strikes, baseline).mean, format: 'average' },
    baselineAlertsWeekly: { value: weeklyMean(alerts, baseline).mean, format: 'average' },
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
    beforeAlertShareNear: { value: shareWithin(alertsBefore, nearKm), format: 'share' },
    fromSeptemberAlertShareNear: { value: shareWithin(alertsAfter, nearKm), format: 'share' },
    baselineDepthIsrael: { value: reproduced(snapshot, CSIS_IDS.depthIsraelBefore), format: 'km' },
    baselineDepthHezbollah: {
      value: reproduced(snapshot, CSIS_IDS.depthHezbollahBefore),
      format: 'km',
    },
    mophKilledBeforeSeptember: { value: killedBeforeSeptember.value, format: 'count' },
    mophKilledBeforeSeptemberDate: { value: killedBeforeSeptember.date, format: 'date' },

    juneStrikesWeekly: { value: weeklyMean(strikes, JUNE_2024).mean, format: 'average' },
    juneAlertsWeekly: { value: weeklyMean(alerts, JUNE_2024).mean, format: 'average' },

    august25Strikes: {
      value: weekRow(weekly, FACT_DATES.august25Week, 'israel', 'acled').count,
      format: 'count',
    },
    august25Alerts: {
      value: weekRow(weekly, FACT_DATES.august25Week, 'hezbollah', 'alerts').count,
      format: 'count',
    },
    earlySeptemberDepthIsrael: {
      value: reproduced(snapshot, CSIS_IDS.depthIsraelSep1to21),
      format: 'km',
    },
    csisEarlySeptemberDepthIsrael: {
      value: formatKeyFigure(comparison(snapshot, CSIS_IDS.depthIsraelSep1to21).csis),
      format: 'text',
    },
    lateAugustDepthHezbollah: {
      value: reproduced(snapshot, CSIS_IDS.depthHezbollahLateAugust),
      format: 'km',
    },
    csisLateAugustDepthHezbollah: {
      value: formatKeyFigure(comparison(snapshot, CSIS_IDS.depthHezbollahLateAugust).csis),
      format: 'text',
    },

    september15Strikes: {
      value: weekRow(weekly, FACT_DATES.september15Week, 'israel', 'acled').count,
      format: 'count',
    },
    september22Strikes: { value: september22Strikes.count, format: 'count' },
    september22Alerts: { value: september22Alerts.count, format: 'count' },
    jumpRatio: {
      value: notNull(ratio(snapshot, CSIS_IDS.ratioCombined).ratio, 'combined ratio'),
      format: 'ratio',
    },
    jumpRatioStrikesOnly: {
      value: notNull(ratio(snapshot, CSIS_IDS.ratioStrikes).ratio, 'strikes-only ratio'),
      format: 'ratio',
    },
    september22DepthIsrael: {
      value: reproduced(snapshot, CSIS_IDS.depthIsraelSep22),
      format: 'km',
    },
    september22DepthHezbollah: {
      value: reproduced(snapshot, CSIS_IDS.depthHezbollahSep22),
      format: 'km',
    },

    afterAcledUcdpWeekly: { value: weeklyMean(fatal, AFTER_ACLED).mean, format: 'average' },
    agreementDeathsCorrelation: {
      value: notNull(snapshot.agreement.deathsCorrelation, 'ACLED–UCDP correlation'),
      format: 'correlation',
    },
    groundWarUcdpShareNear: { value: shareWithin(fatalGroundWar, nearKm), format: 'share' },
    peakAlertsWeek: { value: peakAlerts.weekStart, format: 'date' },
    peakAlerts: { value: peakAlerts.count, format: 'count' },
    iomBreakDate: {
      value: displaced.breaks[0]?.date ?? fail('IOM definition break'),
      format: 'date',
    },
    mophKilledAtCeasefire: { value: killedAtCeasefire.value, format: 'count' },
    mophKilledAtCeasefireDate: { value: killedAtCeasefire.date, format: 'date' },
    airWarStrikes: { value: weeklyMean(strikes, FACT_DATES.airWar).total, format: 'count' },
  };
}
