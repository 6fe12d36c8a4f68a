import { InvalidArgumentError } from '../errors.js';
import type { AlertEvent, AlertRecord } from '../schemas/alert.js';
import { haversineKm } from '../geo/distance.js';
import { dateOfLocalTime, minuteNumber } from '../time/dates.js';

/**
 * How alert records are grouped into alert events.
 *
 * One launch alerts every area under the projected impact zone within a minute or two, so
 * records close in time and space are one event; a sustained barrage is cut into events no
 * longer than {@link maxSpanMinutes}, so that hours of fire do not collapse into one.
 */
export interface AlertClusterOptions {
  /** Largest gap in minutes between a record and the latest record of its event. */
  readonly windowMinutes: number;
  /** Longest an event may last, first to last record, in minutes. */
  readonly maxSpanMinutes: number;
  /** A record joins an event if its area lies within this many km of one of the event's areas. */
  readonly linkKm: number;
}

/** Defaults: 2-minute gaps, 10-minute events, areas within 15 km. */
export const DEFAULT_ALERT_CLUSTER_OPTIONS: AlertClusterOptions = {
  windowMinutes: 2,
  maxSpanMinutes: 10,
  linkKm: 15,
};

interface OpenCluster {
  readonly first: AlertRecord;
  readonly firstMinute: number;
  lastMinute: number;
  last: AlertRecord;
  readonly areas: Map<number, { lat: number; lon: number }>;
  records: number;
}

function compareRecords(a: AlertRecord, b: AlertRecord): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  if (a.category !== b.category) return a.category < b.category ? -1 : 1;
  return a.areaId - b.areaId;
}

function toEvent(cluster: OpenCluster): AlertEvent {
  const areaIds = [...cluster.areas.keys()].sort((a, b) => a - b);
  let lat = 0;
  let lon = 0;
  for (const area of cluster.areas.values()) {
    lat += area.lat;
    lon += area.lon;
  }
  return {
    // The category is part of the id: one area can get a rocket and a hostile-aircraft alert in
    // the same minute, and those are two events.
    id: `${cluster.first.source}:${cluster.first.category}:${cluster.first.time}:${cluster.first.areaId}`,
    source: cluster.first.source,
    category: cluster.first.category,
    start: cluster.first.time,
    end: cluster.last.time,
    date: dateOfLocalTime(cluster.first.time),
    areaIds,
    recordCount: cluster.records,
    centroid: { lat: lat / cluster.areas.size, lon: lon / cluster.areas.size },
  };
}

/**
 * Groups alert records into alert events: same source and category, each record within
 * `windowMinutes` of the event's latest record and within `linkKm` of one of its areas, the
 * event lasting at most `maxSpanMinutes`. Greedy in time order, so the result is deterministic.
 * Every record lands in exactly one event (`sum(recordCount) === records.length`).
 */
export function clusterAlerts(
  records: readonly AlertRecord[],
  options: AlertClusterOptions = DEFAULT_ALERT_CLUSTER_OPTIONS,
): AlertEvent[] {
  if (!(
    options.windowMinutes >= 0 &&
    options.maxSpanMinutes >= options.windowMinutes &&
    options.linkKm >= 0
  )) {
    throw new InvalidArgumentError(
      'options',
      'need windowMinutes ≥ 0, maxSpanMinutes ≥ windowMinutes, linkKm ≥ 0',
    );
  }
  const sorted = [...records].sort(compareRecords);
  const open: OpenCluster[] = [];
  const closed: OpenCluster[] = [];
  for (const record of sorted) {
    const minute = minuteNumber(record.time);
    // Close clusters that can no longer grow.
    for (let i = open.length - 1; i >= 0; i--) {
      const cluster = open[i];
      if (cluster !== undefined && minute - cluster.lastMinute > options.windowMinutes) {
        closed.push(cluster);
        open.splice(i, 1);
      }
    }
    const home = open.find(
      (cluster) =>
        cluster.first.source === record.source &&
        cluster.first.category === record.category &&
        minute - cluster.firstMinute <= options.maxSpanMinutes &&
        (cluster.areas.has(record.areaId) ||
          [...cluster.areas.values()].some(
            (area) => haversineKm(area.lon, area.lat, record.lon, record.lat) <= options.linkKm,
          )),
    );
    if (home === undefined) {
      open.push({
        first: record,
        firstMinute: minute,
        lastMinute: minute,
        last: record,
        areas: new Map([[record.areaId, { lat: record.lat, lon: record.lon }]]),
        records: 1,
      });
    } else {
      home.areas.set(record.areaId, { lat: record.lat, lon: record.lon });
      home.lastMinute = minute;
      home.last = record;
      home.records++;
    }
  }
  closed.push(...open);
  return closed
    .map(toEvent)
    .sort((a, b) =>
      a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
}

/** A period to leave out of the northern-front series, with the reason. */
export interface ExcludedWindow {
  /** Local time, inclusive. */
  readonly from: string;
  /** Local time, inclusive. */
  readonly to: string;
  /** Why the window is excluded, for the methods section. */
  readonly reason: string;
}

/**
 * Which alert events count as fire from Lebanon. Alerts carry no origin, so origin is inferred:
 * the event's centroid must lie north of {@link minCentroidLat} (northern Israel and the Golan),
 * and it must not fall in a window of a known salvo from elsewhere (Iran's attacks of
 * 13–14 April and 1 October 2024 alerted the whole country, the north included).
 */
export interface NorthernFrontRule {
  /** Southernmost latitude (°N) of a counted event's centroid, inclusive. */
  readonly minCentroidLat: number;
  /** Alert categories that count. */
  readonly categories: readonly AlertEvent['category'][];
  /** Windows of salvos from elsewhere; events starting inside one are not counted. */
  readonly excludedWindows: readonly ExcludedWindow[];
}

/** The default northern-front rule: rockets, missiles and hostile aircraft north of 32.5° N. */
export const DEFAULT_NORTHERN_FRONT_RULE: NorthernFrontRule = {
  minCentroidLat: 32.5,
  categories: ['rockets_missiles', 'hostile_aircraft'],
  // Windows checked against both alert histories: the nationwide spikes ran 01:42–01:57 on
  // 14 April and 19:31–19:58 on 1 October 2024 (Israel local time); each window is the spike
  // widened by 5 minutes either side. Wider windows would drop northern alerts that came before
  // or after the salvos and are more plausibly fire from Lebanon.
  excludedWindows: [
    {
      from: '2024-04-14T01:37',
      to: '2024-04-14T02:02',
      reason: "Iran's drone and missile attack of 13–14 April 2024",
    },
    {
      from: '2024-10-01T19:26',
      to: '2024-10-01T20:03',
      reason: "Iran's ballistic-missile attack of 1 October 2024",
    },
  ],
};

/** Why an alert event is or is not counted on the northern front. */
export type NorthernFrontVerdict =
  | { readonly counted: true }
  | { readonly counted: false; readonly reason: 'category' | 'south-of-front' | 'excluded-window' };

/** Applies a {@link NorthernFrontRule} to one alert event. */
export function northernFrontVerdict(
  event: AlertEvent,
  rule: NorthernFrontRule = DEFAULT_NORTHERN_FRONT_RULE,
): NorthernFrontVerdict {
  if (!rule.categories.includes(event.category)) return { counted: false, reason: 'category' };
  if (event.centroid.lat < rule.minCentroidLat) return { counted: false, reason: 'south-of-front' };
  const start = event.start.slice(0, 16);
  if (rule.excludedWindows.some((window) => start >= window.from && start <= window.to)) {
    return { counted: false, reason: 'excluded-window' };
  }
  return { counted: true };
}
