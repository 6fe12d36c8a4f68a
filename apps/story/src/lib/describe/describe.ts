/**
 * Text alternatives for the sticky graphic: one plain-language description per graphic state,
 * generated from the same snapshot values the graphic draws, so screen-reader users get the
 * numbers too. Built at prerender time.
 */
import {
  addDays,
  DEFAULT_DISTANCE_EDGES_KM,
  filterWeekly,
  rebin,
  weeklyMean,
  type Belligerent,
  type SeriesSource,
  type WeeklyRow,
} from '@blueline/core';
import { greatest } from 'd3-array';
import { ANNOTATION_LABELS, DESCRIBE, LEGEND } from '$lib/copy/graphics';
import {
  ACLED_ISRAEL_SOURCE,
  ALERTS_SEAM_ID,
  clashesIn,
  coverageStart,
  csisBaseline,
  DISPLACED_SERIES,
  histogramFor,
  KILLED_SERIES,
  pointOnOrBefore,
  seriesById,
} from '$lib/facts/derive';
import { formatCount, formatKm, formatLongDate, formatShare } from '$lib/format/numbers';
import type { StorySnapshot } from '$lib/snapshot';
import { casualtiesLabelDay, casualtyLabelPoint } from '$lib/story/drawn';
import type {
  CasualtiesState,
  DateWindow,
  DepthState,
  GraphicState,
  HistogramState,
  MapState,
  WeeklyState,
} from '$lib/story/types';

function rowsOf(snapshot: StorySnapshot, side: Belligerent, source: SeriesSource) {
  return filterWeekly(snapshot.weekly, { side, source });
}

function totalIn(rows: readonly WeeklyRow[], window: DateWindow): number {
  try {
    return weeklyMean(rows, window).total;
  } catch {
    return 0;
  }
}

function weeksText(window: DateWindow): string {
  return window.from === window.to
    ? `the week of ${formatLongDate(window.from)}`
    : `the weeks from ${formatLongDate(window.from)} to ${formatLongDate(addDays(window.to, 6))}`;
}

function eventsText(ids: readonly string[], snapshot: StorySnapshot): string {
  const events = ids.flatMap((id) => {
    const event = snapshot.timeline.find((one) => one.id === id);
    return event === undefined
      ? []
      : [`${ANNOTATION_LABELS[id] ?? event.title} (${formatLongDate(event.date)})`];
  });
  return events.length === 0 ? '' : ` Marked events: ${events.join('; ')}.`;
}

function describeMap(state: MapState, snapshot: StorySnapshot): string {
  const parts = [
    `Map of ${DESCRIBE.mapViews[state.view]}, showing the Blue Line, the Litani river and the UNSCR 1701 zone.`,
  ];
  if (state.emphasis !== null) parts.push(DESCRIBE.emphasis[state.emphasis]);
  if (state.window === null) {
    parts.push('No incidents are drawn.');
  } else {
    const window = state.window;
    if (state.strikes !== null) {
      const label =
        state.strikes === 'acled'
          ? 'Israeli strikes recorded by ACLED'
          : 'fatal events recorded by UCDP';
      const total = totalIn(rowsOf(snapshot, 'israel', state.strikes), window);
      parts.push(
        `Shaded hexagons show ${label} in ${weeksText(window)}: ${formatCount(total)} in all.`,
      );
    }
    if (state.hezbollah === 'acled') {
      const total = totalIn(rowsOf(snapshot, 'hezbollah', 'acled'), window);
      parts.push(
        `Orange hexagons in Israel show ${formatCount(total)} Hezbollah attacks recorded by ACLED in the same weeks (ACLED’s Israel file starts on 1 January 2024 and leaves out the Golan Heights).`,
      );
    } else if (state.hezbollah === 'alerts') {
      const total = totalIn(rowsOf(snapshot, 'hezbollah', 'alerts'), window);
      parts.push(
        `Rings show ${formatCount(total)} alert events in northern Israel in the same weeks.`,
      );
    }
  }
  if (state.clashes && state.window !== null) {
    const { clashes, cells } = clashesIn(snapshot, state.window);
    parts.push(
      `Cells outlined in black mark ${formatCount(clashes)} armed clashes between Israeli troops and Hezbollah inside Lebanon that ACLED records in the same weeks, in ${formatCount(cells)} cells.`,
    );
  }
  const names = state.callouts.flatMap(
    (id) => snapshot.places.find((place) => place.id === id)?.name ?? [],
  );
  if (names.length > 0) parts.push(`Places called out: ${names.join(', ')}.`);
  return parts.join(' ');
}

function describeWeekly(state: WeeklyState, snapshot: StorySnapshot): string {
  const inDomain = (rows: readonly WeeklyRow[]) =>
    rows.filter((row) => row.weekStart >= state.domain.from && row.weekStart <= state.domain.to);
  const strikes = inDomain(rowsOf(snapshot, 'israel', 'acled'));
  const hezbollah = inDomain(rowsOf(snapshot, 'hezbollah', 'acled'));
  const alerts = inDomain(rowsOf(snapshot, 'hezbollah', 'alerts'));
  const parts = [
    `Bar chart of weekly counts for ${weeksText(state.domain)}. Above the axis: ${LEGEND.strikes}. Below it: ${LEGEND.hezbollah}, from January 2024, with ${LEGEND.alerts} as a line.`,
  ];
  const peak = greatest(strikes, (row) => row.count);
  if (peak !== undefined) {
    parts.push(
      `The highest week of strikes shown is ${formatLongDate(peak.weekStart)}, with ${formatCount(peak.count)}.`,
    );
  }
  const attackPeak = greatest(hezbollah, (row) => row.count);
  if (attackPeak !== undefined && attackPeak.count > 0) {
    parts.push(
      `Hezbollah attacks peak at ${formatCount(attackPeak.count)} in the week of ${formatLongDate(attackPeak.weekStart)}.`,
    );
  }
  const alertPeak = greatest(alerts, (row) => row.count);
  if (alertPeak !== undefined) {
    parts.push(
      `Alert events peak at ${formatCount(alertPeak.count)} in the week of ${formatLongDate(alertPeak.weekStart)}.`,
    );
  }
  if (state.highlight !== null) {
    const window = state.highlight;
    const strikeTotal = totalIn(rowsOf(snapshot, 'israel', 'acled'), window);
    const attackTotal = totalIn(rowsOf(snapshot, 'hezbollah', 'acled'), window);
    const alertTotal = totalIn(rowsOf(snapshot, 'hezbollah', 'alerts'), window);
    parts.push(
      `Highlighted: ${weeksText(window)}, with ${formatCount(strikeTotal)} Israeli strikes, ${formatCount(attackTotal)} Hezbollah attacks and ${formatCount(alertTotal)} alert events.`,
    );
  }
  if (state.crossCheck) {
    const fatalTotal = totalIn(rowsOf(snapshot, 'israel', 'ucdp'), state.highlight ?? state.domain);
    parts.push(
      `A thin line shows UCDP’s fatal events as a cross-check: ${formatCount(fatalTotal)} in the highlighted weeks.`,
    );
  }
  if (state.baseline) {
    const mean = weeklyMean(rowsOf(snapshot, 'israel', 'acled'), csisBaseline(snapshot)).mean;
    parts.push(
      `A dashed line marks the average of ${formatCount(mean)} strikes a week from October 2023 to August 2024.`,
    );
  }
  const incomplete = strikes.filter((row) => row.completeness === 'lower-bound');
  const firstIncomplete = incomplete[0];
  if (firstIncomplete !== undefined) {
    parts.push(
      `Strike bars from the week of ${formatLongDate(firstIncomplete.weekStart)} are hatched: they are lower bounds, because the later ACLED version is only partly transcribed.`,
    );
  }
  const seams = seamsIn(snapshot, state.domain);
  if (seams.length > 0) parts.push(`Rules mark where a series changes source: ${seams}.`);
  return parts.join(' ') + eventsText(state.annotations, snapshot);
}

/** The seams inside a window of weeks, in words. */
function seamsIn(snapshot: StorySnapshot, window: DateWindow): string {
  const israelStart = coverageStart(snapshot, ACLED_ISRAEL_SOURCE);
  return [
    { date: israelStart, text: 'ACLED’s Israel file starts' },
    ...snapshot.provenance.seams.map((seam) => ({
      date: seam.firstDayOfLater,
      text:
        seam.id === ALERTS_SEAM_ID
          ? 'the alerts switch from the official history to the Cumta relay'
          : 'ACLED’s two Lebanon versions join',
    })),
  ]
    .filter((seam) => seam.date >= window.from && seam.date <= addDays(window.to, 6))
    .map((seam) => `${seam.text} on ${formatLongDate(seam.date)}`)
    .join('; ');
}

function describeDepth(state: DepthState, snapshot: StorySnapshot): string {
  const parts = [
    `Line chart of the mean and median distance from the Blue Line per week, for ${weeksText(state.domain)}: Israeli strikes into Lebanon in blue, Hezbollah attacks into Israel (ACLED, from January 2024) in orange.`,
  ];
  const window = state.highlight ?? state.domain;
  const strikes = rowsOf(snapshot, 'israel', 'acled').filter(
    (row) => row.weekStart >= window.from && row.weekStart <= window.to,
  );
  const alerts = rowsOf(snapshot, 'hezbollah', 'acled').filter(
    (row) => row.weekStart >= window.from && row.weekStart <= window.to,
  );
  const deepest = greatest(strikes, (row) => row.meanDistanceKm ?? -1);
  const deepestAlert = greatest(alerts, (row) => row.meanDistanceKm ?? -1);
  if (deepest?.meanDistanceKm != null) {
    parts.push(
      `In ${weeksText(window)}, the deepest weekly mean for Israeli strikes is ${formatKm(deepest.meanDistanceKm)} km (week of ${formatLongDate(deepest.weekStart)}).`,
    );
  }
  if (deepestAlert?.meanDistanceKm != null) {
    parts.push(
      `For Hezbollah attacks it is ${formatKm(deepestAlert.meanDistanceKm)} km (week of ${formatLongDate(deepestAlert.weekStart)}).`,
    );
  }
  return parts.join(' ') + eventsText(state.annotations, snapshot);
}

function binLabel(fromKm: number, toKm: number | null): string {
  return toKm === null ? `${fromKm} km or more` : `${fromKm}–${toKm} km`;
}

function describeHistogram(state: HistogramState, snapshot: StorySnapshot): string {
  const panel = (side: Belligerent, source: SeriesSource, label: string): string => {
    const periods =
      state.periods === 'both'
        ? (['before-september', 'from-september'] as const)
        : (['before-september'] as const);
    return `${label}: ${periods
      .map((period) => {
        const histogram = rebin(
          histogramFor(snapshot.histograms, side, source, period),
          DEFAULT_DISTANCE_EDGES_KM,
        );
        const bins = histogram.bins.map(
          (bin) => `${binLabel(bin.fromKm, bin.toKm)} ${formatShare(bin.share)}`,
        );
        return `${period === 'before-september' ? LEGEND.before : LEGEND.fromSeptember} (${formatCount(histogram.total)} events): ${bins.join(', ')}`;
      })
      .join('. ')}.`;
  };
  return [
    'Bar charts of the share of events in each band of distance from the Blue Line.',
    panel('israel', 'acled', LEGEND.histogramLebanon),
    panel('hezbollah', 'acled', LEGEND.histogramIsrael),
  ].join(' ');
}

function describeCasualties(state: CasualtiesState, snapshot: StorySnapshot): string {
  const killed = seriesById(snapshot.series, KILLED_SERIES);
  const displaced = seriesById(snapshot.series, DISPLACED_SERIES);
  const end = casualtiesLabelDay(state);
  const killedEnd = casualtyLabelPoint(killed, state) ?? pointOnOrBefore(killed, end);
  const displacedEnd = casualtyLabelPoint(displaced, state) ?? pointOnOrBefore(displaced, end);
  const parts = [
    `Two line charts for ${weeksText(state.domain)}.`,
    `People killed in Lebanon, cumulative, by the Lebanese health ministry: ${formatCount(killedEnd.value)} by ${formatLongDate(killedEnd.date)}.`,
    `People displaced in Lebanon, by IOM: ${formatCount(displacedEnd.value)} on ${formatLongDate(displacedEnd.date)}.`,
  ];
  const peak = greatest(
    displaced.points.filter((point) => point.date <= end),
    (point) => point.value,
  );
  if (peak !== undefined && peak.date !== displacedEnd.date) {
    parts.push(`Displacement peaks at ${formatCount(peak.value)} on ${formatLongDate(peak.date)}.`);
  }
  for (const change of displaced.breaks) {
    if (change.date <= end)
      parts.push(`A rule marks IOM’s change of definition on ${formatLongDate(change.date)}.`);
  }
  return parts.join(' ') + eventsText(state.annotations, snapshot);
}

/** A plain-language description of a graphic state, with its numbers. */
export function describeGraphic(state: GraphicState, snapshot: StorySnapshot): string {
  switch (state.kind) {
    case 'map':
      return describeMap(state, snapshot);
    case 'weekly':
      return describeWeekly(state, snapshot);
    case 'depth':
      return describeDepth(state, snapshot);
    case 'histogram':
      return describeHistogram(state, snapshot);
    case 'casualties':
      return describeCasualties(state, snapshot);
  }
}
