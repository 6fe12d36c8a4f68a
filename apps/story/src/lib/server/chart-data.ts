/** Shapes the snapshot into what the charts draw: presentation only, values untouched. */
import { filterWeekly, weeklyMean, type Belligerent, type SeriesSource } from '@blueline/core';
import { ANNOTATION_LABELS, LEGEND, SEAM_LABELS } from '$lib/copy/graphics';
import {
  ACLED_ISRAEL_SOURCE,
  coverageStart,
  csisBaseline,
  DISPLACED_SERIES,
  histogramFor,
  KILLED_SERIES,
  seriesById,
} from '$lib/facts/derive';
import type {
  CasualtySeries,
  ChartData,
  ChartSeam,
  HistogramPanel,
  WeekPoint,
} from '$lib/page-data';
import type { StorySnapshot } from '$lib/snapshot';
import { WHOLE_WAR } from '$lib/story/graphics';
import { storyHistograms } from './histograms';
import type { DatedSeries, DistanceHistogram } from '@blueline/core';

function byWeek(snapshot: StorySnapshot, side: Belligerent, source: SeriesSource) {
  return new Map(
    filterWeekly(snapshot.weekly, { side, source }).map((row) => [row.weekStart, row]),
  );
}

function weekPoints(snapshot: StorySnapshot): WeekPoint[] {
  const strikes = byWeek(snapshot, 'israel', 'acled');
  const hezbollah = byWeek(snapshot, 'hezbollah', 'acled');
  const hezbollahExcl = byWeek(snapshot, 'hezbollah', 'acled-excl-late-claims');
  const alerts = byWeek(snapshot, 'hezbollah', 'alerts');
  const fatal = byWeek(snapshot, 'israel', 'ucdp');
  const weeks = [...new Set([...strikes.keys(), ...alerts.keys(), ...fatal.keys()])]
    .filter((week) => week >= WHOLE_WAR.from && week <= WHOLE_WAR.to)
    .sort();
  return weeks.map((week) => {
    const strike = strikes.get(week);
    const attack = hezbollah.get(week);
    const alert = alerts.get(week);
    return {
      week,
      strikes: strike?.count ?? null,
      strikesComplete: strike?.completeness !== 'lower-bound',
      hezbollah: attack?.count ?? null,
      hezbollahExclLateClaims: hezbollahExcl.get(week)?.count ?? null,
      alerts: alert?.count ?? null,
      fatal: fatal.get(week)?.count ?? null,
      strikesMeanKm: strike?.meanDistanceKm ?? null,
      strikesMedianKm: strike?.medianDistanceKm ?? null,
      hezbollahMeanKm: attack?.meanDistanceKm ?? null,
      hezbollahMedianKm: attack?.medianDistanceKm ?? null,
      alertsMeanKm: alert?.meanDistanceKm ?? null,
      alertsMedianKm: alert?.medianDistanceKm ?? null,
    };
  });
}

/**
 * Where a series changes source, as the charts mark it: ACLED's Israel file starts; ACLED's two
 * Lebanon versions join; the alerts switch from the official history to the Cumta relay.
 */
function chartSeams(snapshot: StorySnapshot): ChartSeam[] {
  const seamOf = (id: string, date: string): ChartSeam[] => {
    const label = SEAM_LABELS[id];
    return label === undefined ? [] : [{ id, date, label: label.text, series: label.series }];
  };
  return [
    ...seamOf('acled-israel-start', coverageStart(snapshot, ACLED_ISRAEL_SOURCE)),
    ...snapshot.provenance.seams.flatMap((seam) => seamOf(seam.id, seam.firstDayOfLater)),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function histogramPanel(
  histograms: readonly DistanceHistogram[],
  id: HistogramPanel['id'],
  side: Belligerent,
  source: SeriesSource,
): HistogramPanel {
  const before = histogramFor(histograms, side, source, 'before-september');
  const after = histogramFor(histograms, side, source, 'from-september');
  return {
    id,
    label: id === 'lebanon' ? LEGEND.histogramLebanon : LEGEND.histogramIsrael,
    before: { label: LEGEND.before, total: before.total, bins: before.bins },
    after: {
      label: LEGEND.fromSeptember,
      total: after.total,
      bins: after.bins,
      from: after.period.from,
      to: after.period.to,
    },
  };
}

function casualtySeries(series: DatedSeries, label: string): CasualtySeries {
  return {
    id: series.id,
    label,
    producer: series.source.producer,
    points: series.points,
    breaks: series.breaks,
  };
}

/** Everything the charts draw. */
export function buildChartData(snapshot: StorySnapshot): ChartData {
  const baseline = csisBaseline(snapshot);
  const histograms = storyHistograms(snapshot);
  const annotations = Object.fromEntries(
    Object.entries(ANNOTATION_LABELS).map(([id, label]) => {
      const event = snapshot.timeline.find((one) => one.id === id);
      if (event === undefined) throw new Error(`timeline.json has no event "${id}"`);
      return [id, { id, date: event.date, label }];
    }),
  );
  return {
    weeks: weekPoints(snapshot),
    seams: chartSeams(snapshot),
    baseline: {
      from: baseline.from,
      to: baseline.to,
      strikesWeeklyMean: weeklyMean(
        filterWeekly(snapshot.weekly, { side: 'israel', source: 'acled' }),
        baseline,
      ).mean,
    },
    annotations,
    histograms: [
      histogramPanel(histograms, 'lebanon', 'israel', 'acled'),
      histogramPanel(histograms, 'israel', 'hezbollah', 'acled'),
    ],
    killed: casualtySeries(seriesById(snapshot.series, KILLED_SERIES), LEGEND.killed),
    displaced: casualtySeries(seriesById(snapshot.series, DISPLACED_SERIES), LEGEND.displaced),
  };
}
