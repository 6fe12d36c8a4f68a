import {
  countsAsStrike,
  inTheatre,
  isMappable,
  type BlueLineMeasure,
  type RowCounts,
} from '@blueline/core';
import type { AcledLoad } from '../loaders/acled/load-acled.js';
import { bump, moveKeptToRejected } from './counts.js';
import type { SeriesEvent } from './series-event.js';

/** ACLED events that count as each side's strikes, and what happened to the rest. */
export interface AcledStrikes {
  readonly israel: SeriesEvent[];
  readonly hezbollah: SeriesEvent[];
  /** The loader's counts, extended with the counting rule's rejections. */
  readonly counts: RowCounts;
  /** Counted, mappable events that the approximate line puts on their own side. */
  readonly acrossTheLine: { readonly israel: number; readonly hezbollah: number };
  /** Counted events not precise enough to measure (ACLED geo_precision 3). */
  readonly unmeasured: number;
}

/**
 * Applies core's counting rules to loaded ACLED events: the side must be Israel or Hezbollah,
 * the event must lie in the side's theatre (Israeli strikes in Lebanon; Hezbollah events in
 * Lebanon or Israel) and be of a counted event type ("Explosions/Remote violence" or "Battles").
 * Other events are rejected as `not-counted:side-<side>`, `not-counted:outside-theatre` or
 * `not-counted:event-type`. Counted events get their distance from the Blue Line when core's
 * `isMappable` allows (ACLED geo_precision 1–2).
 */
export function acledStrikes(load: AcledLoad, blueLine: BlueLineMeasure): AcledStrikes {
  const israel: SeriesEvent[] = [];
  const hezbollah: SeriesEvent[] = [];
  const notCounted: Record<string, number> = {};
  const acrossTheLine = { israel: 0, hezbollah: 0 };
  let unmeasured = 0;
  for (const { incident, eventType, country } of load.store.incidents()) {
    const side = incident.side;
    if (side !== 'israel' && side !== 'hezbollah') {
      bump(notCounted, `not-counted:side-${side}`);
      continue;
    }
    if (!inTheatre({ side, country })) {
      bump(notCounted, 'not-counted:outside-theatre');
      continue;
    }
    if (!countsAsStrike({ side, eventType })) {
      bump(notCounted, 'not-counted:event-type');
      continue;
    }
    const { lat, lon, precision } = incident.location;
    const mappable = isMappable(precision);
    const position = mappable ? blueLine.locate(lon, lat) : null;
    if (position === null) unmeasured++;
    else if (position.side === 'israel' && side === 'israel') acrossTheLine.israel++;
    else if (position.side === 'israel' && side === 'hezbollah') acrossTheLine.hezbollah++;
    (side === 'israel' ? israel : hezbollah).push({
      date: incident.date,
      distanceKm: position?.distanceKm ?? null,
      side,
      source: 'acled',
      lat,
      lon,
      mappable,
      deaths: incident.fatalities,
      kind: incident.kind,
    });
  }
  return {
    israel,
    hezbollah,
    counts: moveKeptToRejected(load.counts, notCounted),
    acrossTheLine,
    unmeasured,
  };
}
