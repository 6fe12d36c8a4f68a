/**
 * `pnpm bench:duckdb`: the candidate replacement for the SQLite incident index, measured on the
 * same 2,000,000 synthetic records (BENCH_INCIDENTS=N) and the same page queries as
 * `pnpm bench:incidents` — DuckDB (`@duckdb/node-api`, whose binaries ship inside its npm
 * packages), the records in one table sorted by (date, id) so its min/max zone maps prune, and
 * each page read with the same keyset SQL. Prints build time and, per query, the first page and
 * the worst of five pages, to put beside the SQLite bench's. Synthetic data only.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { IncidentQuery } from '../src/incidents/store.js';
import { BENCH_QUERIES, records } from './synthetic-incidents.js';

const COUNT = Number(process.env.BENCH_INCIDENTS ?? 2_000_000);

const COLUMNS = `id VARCHAR NOT NULL, date VARCHAR NOT NULL, side VARCHAR NOT NULL,
  kind VARCHAR NOT NULL, event_type VARCHAR NOT NULL, country VARCHAR NOT NULL,
  lat DOUBLE NOT NULL, lon DOUBLE NOT NULL, precision VARCHAR NOT NULL, place_name VARCHAR,
  admin1 VARCHAR, admin2 VARCHAR, distance_km DOUBLE, line_side VARCHAR NOT NULL,
  fatalities INTEGER NOT NULL`;

async function build(connection: DuckDBConnection): Promise<number> {
  await connection.run(`CREATE TABLE staged (${COLUMNS})`);
  const appender = await connection.createAppender('staged');
  let count = 0;
  for (const record of records(COUNT)) {
    appender.appendVarchar(record.id);
    appender.appendVarchar(record.date);
    appender.appendVarchar(record.side);
    appender.appendVarchar(record.kind);
    appender.appendVarchar(record.eventType);
    appender.appendVarchar(record.country);
    appender.appendDouble(record.lat);
    appender.appendDouble(record.lon);
    appender.appendVarchar(record.precision);
    if (record.placeName === null) appender.appendNull();
    else appender.appendVarchar(record.placeName);
    if (record.admin1 === null) appender.appendNull();
    else appender.appendVarchar(record.admin1);
    if (record.admin2 === null) appender.appendNull();
    else appender.appendVarchar(record.admin2);
    if (record.distanceKm === null) appender.appendNull();
    else appender.appendDouble(record.distanceKm);
    appender.appendVarchar(record.lineSide);
    appender.appendInteger(record.fatalities);
    appender.endRow();
    count++;
  }
  appender.closeSync();
  await connection.run('CREATE TABLE incidents AS SELECT * FROM staged ORDER BY date, id');
  await connection.run('DROP TABLE staged');
  return count;
}

/** The page SQL, as the SQLite store writes it (keyset on (date, id)). */
function pageSql(query: IncidentQuery): string {
  const where: string[] = [];
  const text = (value: string) => `'${value.replaceAll("'", "''")}'`;
  if (query.from !== undefined) where.push(`date >= ${text(query.from)}`);
  if (query.to !== undefined) where.push(`date <= ${text(query.to)}`);
  if (query.side !== undefined) where.push(`side = ${text(query.side)}`);
  if (query.minDistanceKm !== undefined) where.push(`distance_km >= ${query.minDistanceKm}`);
  if (query.maxDistanceKm !== undefined) where.push(`distance_km <= ${query.maxDistanceKm}`);
  if (query.bbox !== undefined) {
    const [minLon, minLat, maxLon, maxLat] = query.bbox;
    where.push(`lon BETWEEN ${minLon} AND ${maxLon}`, `lat BETWEEN ${minLat} AND ${maxLat}`);
  }
  if (query.after !== undefined) {
    where.push(`(date, id) > (${text(query.after.date)}, ${text(query.after.id)})`);
  }
  return `SELECT id, date, side, kind, event_type, country, lat, lon, precision, place_name,
  admin1, admin2, distance_km, line_side, fatalities FROM incidents
${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`} ORDER BY date, id LIMIT ${query.limit + 1}`;
}

async function time(
  connection: DuckDBConnection,
  label: string,
  query: IncidentQuery,
  pages = 5,
): Promise<void> {
  const timings: number[] = [];
  let current: IncidentQuery = query;
  let rows = 0;
  for (let page = 0; page < pages; page++) {
    const started = performance.now();
    const reader = await connection.runAndReadAll(pageSql(current));
    const objects = reader.getRowObjectsJS();
    timings.push(performance.now() - started);
    const more = objects.length > query.limit;
    if (more) objects.pop();
    rows += objects.length;
    const last = objects[objects.length - 1];
    if (!more || last === undefined) break;
    const date = last['date'];
    const id = last['id'];
    if (typeof date !== 'string' || typeof id !== 'string') throw new Error('no (date, id) key');
    current = { ...query, after: { date, id } };
  }
  process.stdout.write(
    `${label.padEnd(44)} first ${(timings[0] ?? 0).toFixed(1).padStart(7)} ms   worst of ${String(timings.length)} pages ${Math.max(
      ...timings,
    )
      .toFixed(1)
      .padStart(7)} ms   rows ${String(rows)}\n`,
  );
}

const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await instance.connect();
const started = performance.now();
const count = await build(connection);
process.stdout.write(
  `DuckDB: built ${String(count)} records in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
for (const [label, query] of BENCH_QUERIES) await time(connection, label, query);
connection.closeSync();
