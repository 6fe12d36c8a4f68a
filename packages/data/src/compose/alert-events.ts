import {
  alertSourceForDate,
  clusterAlerts,
  DEFAULT_NORTHERN_FRONT_RULE,
  lastFullDay,
  monthlyOverlap,
  northernFrontVerdict,
  type AlertEvent,
  type AlertRecord,
  type AlertSource,
  type BlueLineMeasure,
  type MonthlyOverlapRow,
  type RowCounts,
} from '@blueline/core';
import type { AlertRecordsLoad } from '../loaders/alerts/alert-record-collector.js';
import { bump, moveKeptToRejected } from './counts.js';
import type { SeriesEvent } from './series-event.js';

/** What clustering and the northern-front rule made of one history's records. */
export interface AlertSourceOutcome {
  /** Area mentions read, records kept after the merge, rejections by reason. */
  readonly counts: RowCounts;
  /** Alert events clustered from the kept records. */
  readonly events: number;
  /** Events counted on the northern front. */
  readonly counted: number;
  /** Events left out, by the northern-front rule's reason. */
  readonly excluded: Readonly<Record<string, number>>;
  /** Counted events whose centroid the approximate line puts on the Lebanese side. */
  readonly acrossTheLine: number;
}

/** The merged alert series and the checks behind it. */
export interface AlertComposition {
  /** Counted northern-front alert events, as the `alerts` series of side `hezbollah`. */
  readonly events: SeriesEvent[];
  readonly coverage: { readonly from: string; readonly to: string } | null;
  /** The official history's last full day: official up to it, Cumta after it. */
  readonly officialLastDay: string | null;
  /** Per-month northern record counts of both histories where both cover the dates. */
  readonly overlap: MonthlyOverlapRow[];
  readonly bySource: Partial<Record<AlertSource, AlertSourceOutcome>>;
}

function isNorthern(record: AlertRecord): boolean {
  const rule = DEFAULT_NORTHERN_FRONT_RULE;
  return record.lat >= rule.minCentroidLat && rule.categories.includes(record.category);
}

/**
 * Merges the two alert histories and turns them into the northern-front series.
 *
 * Merge rule (core `alertSourceForDate`): the official HFC history up to and including its last
 * full day, the Cumta relay after it, so each day comes from one history. Official records
 * after that day are rejected as `after-official-last-full-day`; Cumta records up to it as
 * `covered-by-official`. Records are then clustered into alert events (core `clusterAlerts`)
 * and kept if core's `northernFrontVerdict` counts them. An event's distance is its centroid's
 * distance from the Blue Line. These are alerts, a proxy for fire from Lebanon, not attacks.
 */
export function composeAlerts(
  official: AlertRecordsLoad | null,
  cumta: AlertRecordsLoad | null,
  blueLine: BlueLineMeasure,
): AlertComposition {
  const officialLastDay =
    official?.lastTime === null || official === null ? null : lastFullDay(official.lastTime);
  const keepsDay = (record: AlertRecord): boolean =>
    officialLastDay === null || alertSourceForDate(record.date, officialLastDay) === record.source;

  const merged: AlertRecord[] = [];
  const mergeCounts = new Map<AlertSource, RowCounts>();
  for (const load of [official, cumta]) {
    if (load === null) continue;
    const moved: Record<string, number> = {};
    for (const record of load.records) {
      if (keepsDay(record)) merged.push(record);
      else
        bump(
          moved,
          record.source === 'hfc-official' ? 'after-official-last-full-day' : 'covered-by-official',
        );
    }
    mergeCounts.set(load.source, moveKeptToRejected(load.counts, moved));
  }

  const overlap =
    official !== null && cumta !== null && officialLastDay !== null
      ? monthlyOverlap(
          official.records.filter(isNorthern),
          cumta.records.filter(isNorthern),
          firstDate([...official.records, ...cumta.records]) ?? officialLastDay,
          officialLastDay,
        )
      : [];

  const clustered = clusterAlerts(merged);
  const events: SeriesEvent[] = [];
  const tallies = new Map<
    AlertSource,
    { events: number; counted: number; excluded: Record<string, number>; across: number }
  >();
  for (const event of clustered) {
    const tally = tallies.get(event.source) ?? { events: 0, counted: 0, excluded: {}, across: 0 };
    tallies.set(event.source, tally);
    tally.events++;
    const verdict = northernFrontVerdict(event);
    if (!verdict.counted) {
      bump(tally.excluded, verdict.reason);
      continue;
    }
    tally.counted++;
    events.push(toSeriesEvent(event, blueLine, () => tally.across++));
  }

  const bySource: Partial<Record<AlertSource, AlertSourceOutcome>> = {};
  for (const [source, counts] of mergeCounts) {
    const tally = tallies.get(source);
    bySource[source] = {
      counts,
      events: tally?.events ?? 0,
      counted: tally?.counted ?? 0,
      excluded: tally?.excluded ?? {},
      acrossTheLine: tally?.across ?? 0,
    };
  }
  const dates = merged.map((record) => record.date).sort();
  const from = dates[0];
  const to = dates[dates.length - 1];
  return {
    events,
    coverage: from === undefined || to === undefined ? null : { from, to },
    officialLastDay,
    overlap,
    bySource,
  };
}

function toSeriesEvent(
  event: AlertEvent,
  blueLine: BlueLineMeasure,
  onLebaneseSide: () => void,
): SeriesEvent {
  const { lat, lon } = event.centroid;
  const position = blueLine.locate(lon, lat);
  if (position.side === 'lebanon') onLebaneseSide();
  return {
    date: event.date,
    distanceKm: position.distanceKm,
    side: 'hezbollah',
    source: 'alerts',
    lat,
    lon,
    mappable: true,
    deaths: 0,
    kind: null,
  };
}

function firstDate(records: readonly AlertRecord[]): string | undefined {
  let first: string | undefined;
  for (const record of records) if (first === undefined || record.date < first) first = record.date;
  return first;
}
