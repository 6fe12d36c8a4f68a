/**
 * Benchmark (b): weekly aggregation of a million incidents, core against an in-process DuckDB
 * GROUP BY over the same rows.
 *
 * "The same rows already in memory" means the same layout for both: DuckDB holds them as columns
 * (loaded beforehand, not timed), so core is timed on columns too (`aggregateWeeklyColumns`,
 * converted beforehand, not timed). The object path (`aggregateWeekly`, which converts row
 * objects to columns on every call) is timed and reported alongside, without a target.
 */
import { DuckDBDateValue, DuckDBInstance } from '@duckdb/node-api';
import {
  type AggregatableEvent,
  aggregateWeekly,
  aggregateWeeklyColumns,
  toIncidentColumns,
  createBlueLineMeasure,
  dayNumber,
  type WeeklyRow,
} from '../src/index.js';
import type { RawInputs } from './data.js';
import { createRandom, jitter } from './prng.js';
import { median, timeMs, timeMsAsync } from './timing.js';

/** The result of the weekly-aggregation benchmark. */
export interface WeeklyBenchResult {
  readonly incidents: number;
  readonly runs: number;
  readonly groups: number;
  /** Median wall time of `aggregateWeeklyColumns` on columns, ms: compared with DuckDB. */
  readonly coreMs: number;
  readonly coreTimesMs: readonly number[];
  /** Median wall time of `aggregateWeekly` on row objects (conversion included), ms. */
  readonly coreObjectsMs: number;
  readonly coreObjectsTimesMs: readonly number[];
  /** Median wall time of the DuckDB query (including reading its ~hundreds of rows), ms. */
  readonly duckdbMs: number;
  readonly duckdbTimesMs: readonly number[];
  readonly duckdbThreads: number;
  /** `duckdbMs / coreMs`: above 1 means core is faster. */
  readonly coreSpeedup: number;
  /** Whether both produced the same rows: equal keys and counts, statistics within 1e-9. */
  readonly sameRows: boolean;
  /** Largest absolute difference in any statistic, km. */
  readonly maxStatDiff: number;
  readonly pass: boolean;
}

const ALERT_SHARE = 0.25;

/**
 * Draws `count` incidents from the real distribution: three in four resample an ACLED event
 * attributed to Israel or Hezbollah (its date, side and jittered location; distance `null` where
 * ACLED gives only a region), one in four is an alert event over a northern HFC area on the date
 * of a random ACLED event.
 */
export function sampleIncidents(
  inputs: RawInputs,
  count: number,
  seed: number,
): AggregatableEvent[] {
  const random = createRandom(seed);
  const measure = createBlueLineMeasure(inputs.blueLine);
  const belligerent = inputs.acled.filter((event) => event.side !== null);
  const events: AggregatableEvent[] = new Array<AggregatableEvent>(count);
  for (let i = 0; i < count; i++) {
    const event = belligerent[random.int(belligerent.length)];
    if (event === undefined || event.side === null) throw new Error('no ACLED events to sample');
    if (random.next() < ALERT_SHARE) {
      const [x, y] = inputs.alertAreas[random.int(inputs.alertAreas.length)] ?? [35.5, 33];
      const [lon, lat] = jitter(random, x, y, 1);
      events[i] = {
        date: event.date,
        side: 'hezbollah',
        source: 'alerts',
        distanceKm: measure.distanceKm(lon, lat),
      };
    } else {
      const [lon, lat] = jitter(random, event.lon, event.lat, 1);
      events[i] = {
        date: event.date,
        side: event.side,
        source: 'acled',
        distanceKm: event.mappable ? measure.distanceKm(lon, lat) : null,
      };
    }
  }
  return events;
}

const QUERY = `
  WITH grouped AS (
    SELECT d - CAST(dayofweek(d) AS INTEGER) AS week, side, source,
           count(*) AS n,
           avg(dist) AS mean_km,
           quantile_cont(dist, 0.5) AS median_km,
           quantile_cont(dist, 0.9) AS p90_km
    FROM incidents
    GROUP BY 1, 2, 3
  )
  SELECT CAST(week AS VARCHAR) AS week, side, source, n, mean_km, median_km, p90_km
  FROM grouped
  ORDER BY week, side, source`;

interface DuckRow {
  readonly week: string;
  readonly side: string;
  readonly source: string;
  readonly n: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly p90: number | null;
}

function toDuckRow(row: Record<string, unknown>): DuckRow {
  const num = (value: unknown): number | null =>
    value === null ? null : typeof value === 'bigint' ? Number(value) : Number(value);
  return {
    week: String(row.week),
    side: String(row.side),
    source: String(row.source),
    n: num(row.n) ?? 0,
    mean: num(row.mean_km),
    median: num(row.median_km),
    p90: num(row.p90_km),
  };
}

function compareRows(
  core: readonly WeeklyRow[],
  duck: readonly DuckRow[],
): { same: boolean; maxDiff: number; problem: string | null } {
  if (core.length !== duck.length) {
    return { same: false, maxDiff: NaN, problem: `${core.length} vs ${duck.length} rows` };
  }
  let maxDiff = 0;
  for (let i = 0; i < core.length; i++) {
    const a = core[i];
    const b = duck[i];
    if (a === undefined || b === undefined) return { same: false, maxDiff, problem: 'missing' };
    if (a.weekStart !== b.week || a.side !== b.side || a.source !== b.source || a.count !== b.n) {
      return {
        same: false,
        maxDiff,
        problem: `row ${i}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`,
      };
    }
    const pairs: [number | null, number | null][] = [
      [a.meanDistanceKm, b.mean],
      [a.medianDistanceKm, b.median],
      [a.p90DistanceKm, b.p90],
    ];
    for (const [x, y] of pairs) {
      if ((x === null) !== (y === null)) {
        return { same: false, maxDiff, problem: `row ${i}: null mismatch` };
      }
      if (x !== null && y !== null) maxDiff = Math.max(maxDiff, Math.abs(x - y));
    }
  }
  return {
    same: maxDiff <= 1e-9,
    maxDiff,
    problem: maxDiff <= 1e-9 ? null : `max diff ${maxDiff}`,
  };
}

/** Runs the weekly-aggregation benchmark on `count` incidents, `runs` timed runs each. */
export async function runWeeklyBench(
  inputs: RawInputs,
  count: number,
  runs: number,
  log: (line: string) => void,
): Promise<WeeklyBenchResult> {
  const events = sampleIncidents(inputs, count, 20240923);

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(
      'CREATE TABLE incidents (d DATE NOT NULL, side VARCHAR NOT NULL, source VARCHAR NOT NULL, dist DOUBLE)',
    );
    const loadMs = await timeMsAsync(async () => {
      const appender = await connection.createAppender('incidents');
      for (const event of events) {
        appender.appendDate(new DuckDBDateValue(dayNumber(event.date)));
        appender.appendVarchar(event.side);
        appender.appendVarchar(event.source);
        if (event.distanceKm === null) appender.appendNull();
        else appender.appendDouble(event.distanceKm);
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
    });
    const threadsReader = await connection.runAndReadAll(
      "SELECT CAST(current_setting('threads') AS INTEGER) AS threads",
    );
    const threads = Number(threadsReader.getRowObjectsJS()[0]?.threads ?? NaN);
    log(
      `  loaded ${count.toLocaleString('en')} incidents into DuckDB in ${loadMs.toFixed(0)} ms (not timed), ${threads} threads`,
    );

    const runDuck = async (): Promise<DuckRow[]> => {
      const reader = await connection.runAndReadAll(QUERY);
      return reader.getRowObjectsJS().map(toDuckRow);
    };
    const columns = toIncidentColumns(events); // as DuckDB's load: not timed
    let coreRows: WeeklyRow[] = aggregateWeeklyColumns(columns); // warm-up
    let objectRows: WeeklyRow[] = aggregateWeekly(events); // warm-up
    let duckRows: DuckRow[] = await runDuck(); // warm-up

    // Interleave the two so that machine noise hits both alike.
    const coreTimes: number[] = [];
    const objectTimes: number[] = [];
    const duckTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      coreTimes.push(
        timeMs(() => {
          coreRows = aggregateWeeklyColumns(columns);
        }),
      );
      objectTimes.push(
        timeMs(() => {
          objectRows = aggregateWeekly(events);
        }),
      );
      duckTimes.push(
        await timeMsAsync(async () => {
          duckRows = await runDuck();
        }),
      );
    }
    const check = compareRows(coreRows, duckRows);
    if (JSON.stringify(objectRows) !== JSON.stringify(coreRows)) {
      log('  MISMATCH: aggregateWeekly and aggregateWeeklyColumns differ');
    }
    if (check.problem !== null) log(`  MISMATCH: ${check.problem}`);
    const coreMs = median(coreTimes);
    const duckdbMs = median(duckTimes);
    return {
      incidents: count,
      runs,
      groups: coreRows.length,
      coreMs,
      coreTimesMs: coreTimes,
      coreObjectsMs: median(objectTimes),
      coreObjectsTimesMs: objectTimes,
      duckdbMs,
      duckdbTimesMs: duckTimes,
      duckdbThreads: threads,
      coreSpeedup: duckdbMs / coreMs,
      sameRows: check.same,
      maxStatDiff: check.maxDiff,
      pass: check.same && coreMs <= duckdbMs,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
