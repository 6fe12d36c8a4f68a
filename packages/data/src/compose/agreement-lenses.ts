import {
  compareWeeklyDeaths,
  compareWeeklySeries,
  weeklySeries,
  type AgreementLens,
  type WeeklyRow,
} from '@blueline/core';
import { roundKm, roundOrNull, roundRatio } from './rounding.js';
import { findSeries, type SeriesEvent, type SeriesSpec } from './series-event.js';

/** ACLED Hezbollah attacks against alert events: the weeks of January–November 2024. */
export const ALERT_LENS_WEEKS = { fromWeek: '2024-01-07', toWeek: '2024-11-24' } as const;
/** The later ACLED Lebanon version against UCDP: 12 October to the 27 November 2024 ceasefire. */
export const LATER_ACLED_UCDP_DATES = { from: '2024-10-12', to: '2024-11-27' } as const;

function rowsOf(weekly: readonly WeeklyRow[], side: string, source: string): WeeklyRow[] {
  return weekly.filter((row) => row.side === side && row.source === source);
}

function lensWeeks(comparison: ReturnType<typeof compareWeeklySeries>): AgreementLens['weeks'] {
  return comparison.weeks.map((week) => ({
    weekStart: week.weekStart,
    countA: week.countA,
    countB: week.countB,
    meanKmA: roundOrNull(week.meanKmA, roundKm),
    meanKmB: roundOrNull(week.meanKmB, roundKm),
  }));
}

/** ACLED Hezbollah attacks (located in Israel) against northern-front alert events. */
function alertLens(weekly: readonly WeeklyRow[]): AgreementLens | null {
  const acled = rowsOf(weekly, 'hezbollah', 'acled');
  const alerts = rowsOf(weekly, 'hezbollah', 'alerts');
  const { fromWeek, toWeek } = ALERT_LENS_WEEKS;
  const covers = (rows: WeeklyRow[]) =>
    rows.some((row) => row.weekStart === fromWeek) && rows.some((row) => row.weekStart === toWeek);
  if (!covers(acled) || !covers(alerts)) return null;
  const comparison = compareWeeklySeries(acled, alerts, fromWeek, toWeek);
  return {
    id: 'acled-hezbollah-vs-alerts',
    label:
      'ACLED Hezbollah attacks located in Israel against northern-front Home Front Command alert events, weekly, January–November 2024',
    seriesA: 'hezbollah/acled',
    seriesB: 'hezbollah/alerts',
    from: fromWeek,
    to: toWeek,
    countCorrelation: roundOrNull(comparison.countCorrelation, roundRatio),
    meanDepthCorrelation: roundOrNull(comparison.meanDepthCorrelation, roundRatio),
    deathsCorrelation: null,
    fatalEventsCorrelation: null,
    depthWeeks: comparison.depthWeeks,
    weeks: lensWeeks(comparison),
    notes: [
      `Sunday weeks starting ${fromWeek} to ${toWeek}: the full weeks of ACLED's Israel file (it starts on 1 January 2024) up to the ceasefire week.`,
      'Counts: ACLED events (one event can be a salvo, split per named locality) against clustered alert events; depth: mean distance from the approximate Blue Line of measurable ACLED events and of alert-event centroids. An alert is not an attack: the two are compared, never mixed.',
      `The mean-depth correlation uses the ${comparison.depthWeeks} weeks where both have a mean depth.`,
    ],
  };
}

/**
 * The later ACLED Lebanon version's Israeli strikes (from the seam to the ceasefire) against
 * UCDP's fatal events over the same dates: counts and depths as weekly series, and deaths and
 * fatal events as in the main ACLED–UCDP comparison.
 */
function laterUcdpLens(
  laterIsraeli: readonly SeriesEvent[],
  ucdp: SeriesSpec,
  completeness: readonly WeeklyRow[],
): AgreementLens {
  const { from, to } = LATER_ACLED_UCDP_DATES;
  const within = (events: readonly SeriesEvent[]) =>
    events.filter((event) => event.date >= from && event.date <= to);
  const acledEvents = within(laterIsraeli);
  const ucdpEvents = within(ucdp.events);
  const options = { side: 'israel', from, to } as const;
  const comparison = compareWeeklySeries(
    weeklySeries(acledEvents, { ...options, source: 'acled' }),
    weeklySeries(ucdpEvents, { ...options, source: 'ucdp' }),
    from,
    to,
  );
  const deaths = compareWeeklyDeaths(
    acledEvents.map((event) => ({ date: event.date, deaths: event.deaths })),
    ucdpEvents.map((event) => ({ date: event.date, deaths: event.deaths })),
    from,
    to,
  );
  const lowerBound = completeness
    .filter(
      (row) =>
        row.side === 'israel' &&
        row.source === 'acled' &&
        row.completeness === 'lower-bound' &&
        comparison.weeks.some((week) => week.weekStart === row.weekStart),
    )
    .map((row) => row.weekStart);
  return {
    id: 'acled-later-version-vs-ucdp',
    label:
      'ACLED Israeli strikes in Lebanon from the later ACLED version against UCDP fatal events, weekly, 12 October – 27 November 2024',
    seriesA: 'israel/acled',
    seriesB: 'israel/ucdp',
    from,
    to,
    countCorrelation: roundOrNull(comparison.countCorrelation, roundRatio),
    meanDepthCorrelation: roundOrNull(comparison.meanDepthCorrelation, roundRatio),
    deathsCorrelation: roundOrNull(deaths.deathsCorrelation, roundRatio),
    fatalEventsCorrelation: roundOrNull(deaths.fatalEventsCorrelation, roundRatio),
    depthWeeks: comparison.depthWeeks,
    weeks: lensWeeks(comparison),
    notes: [
      `Both cut to ${from} – ${to} (the seam to the ceasefire day), so the first week (12 October only) and the last are partial.`,
      'Counts compare all ACLED strikes with UCDP events, which are fatal by construction; deaths and fatal events compare like with like, as in the main comparison.',
      ...(lowerBound.length === 0
        ? []
        : [
            `The ACLED weeks starting ${lowerBound.join(', ')} are lower bounds (the later version is only partly transcribed): a weak correlation there says more about the gap than about either source.`,
          ]),
      'UCDP events dated to a window are kept here on their first day; the main comparison leaves them out.',
    ],
  };
}

/** Every agreement lens the inputs allow, in a fixed order. */
export function composeAgreementLenses(
  weekly: readonly WeeklyRow[],
  series: readonly SeriesSpec[],
  laterIsraeli: readonly SeriesEvent[] | null,
): AgreementLens[] {
  const lenses: AgreementLens[] = [];
  const alerts = alertLens(weekly);
  if (alerts !== null) lenses.push(alerts);
  const ucdp = findSeries(series, 'israel', 'ucdp');
  if (laterIsraeli !== null && ucdp !== undefined) {
    lenses.push(laterUcdpLens(laterIsraeli, ucdp, weekly));
  }
  return lenses;
}
