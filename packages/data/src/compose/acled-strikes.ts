import {
  countsAsGroundClash,
  countsAsStrike,
  inTheatre,
  isMappable,
  isOffshoreAcledLocation,
  versionForDate,
  type BlueLineMeasure,
  type RowCounts,
  type SeamSide,
} from '@blueline/core';
import type { AcledLoad } from '../loaders/acled/load-acled.js';
import { bump, moveKeptToRejected } from './counts.js';
import type { SeriesEvent } from './series-event.js';

/** ACLED events that count as each side's strikes, and what happened to the rest. */
export interface AcledStrikes {
  readonly israel: SeriesEvent[];
  readonly hezbollah: SeriesEvent[];
  /** The Hezbollah attacks not flagged `late_claim_batch` (the sensitivity series). */
  readonly hezbollahExclLateClaims: SeriesEvent[];
  /**
   * Armed clashes between Israel and Hezbollah located in Lebanon (core `countsAsGroundClash`),
   * whichever side ACLED lists first, mappable only: the map's ground-war layer. A subset of
   * the rows read, drawn apart; it does not change the counts above.
   */
  readonly groundClashes: SeriesEvent[];
  /** The loader's counts, extended with the counting rule's rejections. */
  readonly counts: RowCounts;
  /** Counted, mappable events that the approximate line puts on their own side. */
  readonly acrossTheLine: { readonly israel: number; readonly hezbollah: number };
  /** Counted events not precise enough to measure (ACLED geo_precision 3). */
  readonly unmeasured: number;
  /** Counted events at an ACLED offshore placeholder point: no distance, not mapped. */
  readonly offshore: number;
}

/** Which dates a file version supplies, when a series joins two versions (core `versionForDate`). */
export interface VersionWindow {
  /** Which side of the seam this file is. */
  readonly side: SeamSide;
  readonly lastDayOfEarlier: string;
}

/**
 * Applies core's counting rules to loaded ACLED events: the side must be Israel or Hezbollah,
 * the event must lie in the side's theatre (Israeli strikes in Lebanon; Hezbollah events in
 * Lebanon or Israel) and be of a counted event type ("Explosions/Remote violence" or "Battles").
 * Other events are rejected as `not-counted:side-<side>`, `not-counted:outside-theatre` or
 * `not-counted:event-type`. With a `version` window (a series joined from two ACLED versions),
 * rows dated on the other side of the seam are rejected first, as `before-version-seam` or
 * `after-version-seam`. Counted events get their distance from the Blue Line when core's
 * `isMappable` allows (ACLED geo_precision 1–2) and they are not at an offshore placeholder
 * point (core `isOffshoreAcledLocation`); the others count in the weekly totals only.
 */
export function acledStrikes(
  load: AcledLoad,
  blueLine: BlueLineMeasure,
  version?: VersionWindow,
): AcledStrikes {
  const israel: SeriesEvent[] = [];
  const hezbollah: SeriesEvent[] = [];
  const hezbollahExclLateClaims: SeriesEvent[] = [];
  const groundClashes: SeriesEvent[] = [];
  const notCounted: Record<string, number> = {};
  const acrossTheLine = { israel: 0, hezbollah: 0 };
  let unmeasured = 0;
  let offshore = 0;
  for (const { incident, eventType, country } of load.store.incidents()) {
    if (version !== undefined) {
      const supplied = versionForDate(incident.date, version.lastDayOfEarlier);
      if (supplied !== version.side) {
        // A row on the other side of the seam belongs to the other version's days.
        bump(notCounted, supplied === 'earlier' ? 'before-version-seam' : 'after-version-seam');
        continue;
      }
    }
    const side = incident.side;
    if (side !== 'israel' && side !== 'hezbollah') {
      bump(notCounted, `not-counted:side-${side}`);
      continue;
    }
    const { lat, lon, precision, placeName } = incident.location;
    const atSea = isOffshoreAcledLocation(placeName);
    const mappable = isMappable(precision) && !atSea;
    const position = mappable ? blueLine.locate(lon, lat) : null;
    if (
      position !== null &&
      countsAsGroundClash({ side, kind: incident.kind, lineSide: position.side })
    ) {
      groundClashes.push({
        date: incident.date,
        distanceKm: position.distanceKm,
        side: 'israel',
        source: 'acled-clashes',
        lat,
        lon,
        mappable,
        deaths: incident.fatalities,
        kind: incident.kind,
      });
    }
    if (!inTheatre({ side, country })) {
      bump(notCounted, 'not-counted:outside-theatre');
      continue;
    }
    if (!countsAsStrike({ side, eventType })) {
      bump(notCounted, 'not-counted:event-type');
      continue;
    }
    if (atSea) offshore++;
    else if (position === null) unmeasured++;
    else if (position.side === 'israel' && side === 'israel') acrossTheLine.israel++;
    else if (position.side === 'israel' && side === 'hezbollah') acrossTheLine.hezbollah++;
    const event: SeriesEvent = {
      date: incident.date,
      distanceKm: position?.distanceKm ?? null,
      side,
      source: 'acled',
      lat,
      lon,
      mappable,
      deaths: incident.fatalities,
      kind: incident.kind,
    };
    if (side === 'israel') {
      israel.push(event);
    } else {
      hezbollah.push(event);
      if (!load.lateClaimIds.has(incident.provenance.sourceEventId)) {
        hezbollahExclLateClaims.push({ ...event, source: 'acled-excl-late-claims' });
      }
    }
  }
  return {
    israel,
    hezbollah,
    hezbollahExclLateClaims,
    groundClashes,
    counts: moveKeptToRejected(load.counts, notCounted),
    acrossTheLine,
    unmeasured,
    offshore,
  };
}
