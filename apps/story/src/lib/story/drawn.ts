/**
 * The numbers a graphic prints for a state: the value labels of a highlighted week, the
 * baseline's average, the last point of each casualty line. The chart components print exactly
 * these, and the text-versus-graphic test compares them with the numbers bound in the step's
 * text, so a step's words and its chart cannot quietly show two different figures.
 */
import type { SeriesPoint } from '@blueline/core';
import type { ChartData, CasualtySeries, WeekPoint } from '$lib/page-data';
import type { CasualtiesState, DepthState, GraphicState, WeeklyState } from './types';

/** A quantity a graphic can print. Counts are per week; depths are a week's mean. */
export type DrawnSeries =
  | 'strikes'
  | 'hezbollah'
  | 'alerts'
  | 'strikesBaseline'
  | 'strikesMeanKm'
  | 'hezbollahMeanKm'
  | 'killed'
  | 'displaced';

/**
 * What a number refers to: a series, and when (a week start, a date, or `from..to` for an
 * average over weeks).
 */
export interface Quantity {
  readonly series: DrawnSeries;
  readonly at: string;
}

/** A number the graphic prints. */
export interface DrawnValue extends Quantity {
  readonly value: number;
}

/** The week a weekly chart labels: a single highlighted week. */
export function labelledWeek(state: WeeklyState, data: ChartData): WeekPoint | undefined {
  const highlight = state.highlight;
  if (highlight === null || highlight.from !== highlight.to) return undefined;
  return data.weeks.find((point) => point.week === highlight.from);
}

/** The week a depth chart labels: the last highlighted week with data. */
export function labelledDepthWeek(state: DepthState, data: ChartData): WeekPoint | undefined {
  const highlight = state.highlight;
  if (highlight === null) return undefined;
  return data.weeks
    .filter(
      (point) =>
        point.week >= state.domain.from &&
        point.week <= state.domain.to &&
        point.week >= highlight.from &&
        point.week <= highlight.to,
    )
    .at(-1);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The last day a casualties chart labels: the end of the highlighted weeks, or of the domain
 * when nothing is highlighted.
 */
export function casualtiesLabelDay(state: CasualtiesState): string {
  return addDays((state.highlight ?? state.domain).to, 6);
}

/** The point a casualty line is labelled with: its last report on or before the label day. */
export function casualtyLabelPoint(
  series: Pick<CasualtySeries, 'points'>,
  state: CasualtiesState,
): SeriesPoint | undefined {
  const last = casualtiesLabelDay(state);
  return series.points
    .filter((point) => point.date >= state.domain.from && point.date <= last)
    .at(-1);
}

function weekValues(point: WeekPoint): DrawnValue[] {
  const values: DrawnValue[] = [];
  if (point.strikes !== null)
    values.push({ series: 'strikes', at: point.week, value: point.strikes });
  if (point.hezbollah !== null) {
    values.push({ series: 'hezbollah', at: point.week, value: point.hezbollah });
  }
  if (point.alerts !== null) values.push({ series: 'alerts', at: point.week, value: point.alerts });
  return values;
}

/** Every number the graphic prints in a state. */
export function drawnValues(state: GraphicState, data: ChartData): DrawnValue[] {
  switch (state.kind) {
    case 'weekly': {
      const week = labelledWeek(state, data);
      const values = week === undefined ? [] : weekValues(week);
      if (state.baseline) {
        values.push({
          series: 'strikesBaseline',
          at: `${data.baseline.from}..${data.baseline.to}`,
          value: data.baseline.strikesWeeklyMean,
        });
      }
      return values;
    }
    case 'depth': {
      const week = labelledDepthWeek(state, data);
      if (week === undefined) return [];
      return [
        { series: 'strikesMeanKm' as const, at: week.week, value: week.strikesMeanKm },
        { series: 'hezbollahMeanKm' as const, at: week.week, value: week.hezbollahMeanKm },
      ].flatMap((one) => (one.value === null ? [] : [{ ...one, value: one.value }]));
    }
    case 'casualties':
      return [
        { series: 'killed' as const, point: casualtyLabelPoint(data.killed, state) },
        { series: 'displaced' as const, point: casualtyLabelPoint(data.displaced, state) },
      ].flatMap(({ series, point }) =>
        point === undefined ? [] : [{ series, at: point.date, value: point.value }],
      );
    case 'map':
    case 'histogram':
      return [];
  }
}
