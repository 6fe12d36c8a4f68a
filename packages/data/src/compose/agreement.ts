import {
  compareWeeklyDeaths,
  isComparableUcdpDate,
  type AgreementLens,
  type AgreementSnapshot,
} from '@blueline/core';
import type { UcdpEvent } from '../loaders/ucdp.js';
import { roundOrNull, roundRatio } from './rounding.js';
import type { SeriesSpec } from './series-event.js';

/**
 * `agreement.json`: ACLED (counted Israeli strikes) against UCDP (fatal events in Lebanon,
 * Israel as side A) week by week over the dates both cover (core `compareWeeklyDeaths`). UCDP
 * events dated to a window rather than a day are left out, since they cannot be put in a week.
 * The two are compared, never mixed: UCDP holds only fatal events, ACLED also non-fatal ones.
 */
export function composeAgreement(
  acled: SeriesSpec,
  ucdp: SeriesSpec,
  ucdpEvents: readonly UcdpEvent[],
  lenses: readonly AgreementLens[] = [],
): AgreementSnapshot {
  const from = acled.coverage.from > ucdp.coverage.from ? acled.coverage.from : ucdp.coverage.from;
  const to = acled.coverage.to < ucdp.coverage.to ? acled.coverage.to : ucdp.coverage.to;
  const exactDay = ucdpEvents.filter((event) => isComparableUcdpDate(event.datePrecision));
  const comparison = compareWeeklyDeaths(
    acled.events.map((event) => ({ date: event.date, deaths: event.deaths })),
    exactDay.map((event) => ({ date: event.incident.date, deaths: event.incident.fatalities })),
    from,
    to,
  );
  const windowed = ucdpEvents.filter(
    (event) =>
      !isComparableUcdpDate(event.datePrecision) &&
      event.incident.date >= from &&
      event.incident.date <= to,
  );
  const windowedDeaths = windowed.reduce((sum, event) => sum + event.incident.fatalities, 0);
  return {
    from,
    to,
    deathsCorrelation: roundOrNull(comparison.deathsCorrelation, roundRatio),
    fatalEventsCorrelation: roundOrNull(comparison.fatalEventsCorrelation, roundRatio),
    acledFatalities: comparison.acledFatalities,
    ucdpDeaths: comparison.ucdpDeaths,
    weeks: comparison.weeks,
    notes: [
      `Weeks start on Sunday; both sources are cut to ${from} – ${to}, the dates both cover, so the last week is partial.`,
      'ACLED: counted Israeli strikes (actor Israel; "Explosions/Remote violence" or "Battles"; located in Lebanon); fatalities as ACLED records them, and events with at least one fatality.',
      'UCDP GED 25.1: events located in Lebanon with the Government of Israel as side A; deaths are UCDP best estimates; every UCDP event has at least one estimated death by construction.',
      `UCDP events dated to a window rather than a day (date_prec > 1) are left out: ${windowed.length} events with ${windowedDeaths} best-estimate deaths in these dates.`,
      'The identifiers share nothing, so events are not matched one to one: the comparison is of weekly totals. The two move together but are not the same event set.',
    ],
    lenses: [...lenses],
  };
}
