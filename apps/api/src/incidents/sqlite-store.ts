/**
 * Reads the incident index: one SQL statement per combination of filters, prepared once, each
 * returning a page in (date, id) order with a keyset condition instead of OFFSET, so page 1,000
 * costs what page 1 costs.
 */
import type { IncidentRecord } from '@blueline/core';
import Database from 'better-sqlite3';
import { GRID_CELLS_PER_DEGREE, RECORD_COLUMNS } from './sqlite-schema.js';
import type { IncidentPage, IncidentQuery, IncidentStore, IncidentStoreInfo } from './store.js';

/** Named parameters of a page statement. */
interface PageParameters {
  from?: string;
  to?: string;
  side?: string;
  minLon?: number;
  minLat?: number;
  maxLon?: number;
  maxLat?: number;
  minKm?: number;
  maxKm?: number;
  afterDate?: string;
  afterId?: string;
  limit: number;
}

/**
 * Up to this many points in a bounding box, a page is read from the R*Tree and sorted; above
 * it, scanning an index in (date, id) order and testing coordinates finds a page sooner. At
 * the threshold, either plan reads a few tens of thousands of rows at most.
 */
export const RTREE_DRIVEN_MAX_POINTS = 20_000;

/** How a page is found: from the R*Tree (small boxes) or by scanning in (date, id) order. */
type Plan = 'rtree' | 'scan';

/** The SQL of a page with the filters present in `parameters`. */
function pageSql(parameters: PageParameters, plan: Plan): string {
  const where: string[] = [];
  if (parameters.from !== undefined) where.push('i.date >= @from');
  if (parameters.to !== undefined) where.push('i.date <= @to');
  if (parameters.side !== undefined) where.push('i.side = @side');
  if (parameters.minKm !== undefined) where.push('i.distance_km >= @minKm');
  if (parameters.maxKm !== undefined) where.push('i.distance_km <= @maxKm');
  if (parameters.minLon !== undefined) {
    // The R*Tree stores 32-bit floats rounded outwards, so it only narrows the candidates; the
    // exact test always runs on the table's 64-bit coordinates.
    if (plan === 'rtree') {
      where.push(
        'b.max_lon >= @minLon AND b.min_lon <= @maxLon AND b.max_lat >= @minLat AND b.min_lat <= @maxLat',
      );
    }
    where.push('i.lon BETWEEN @minLon AND @maxLon', 'i.lat BETWEEN @minLat AND @maxLat');
  }
  if (parameters.afterDate !== undefined) where.push('(i.date, i.id) > (@afterDate, @afterId)');
  // CROSS JOIN makes SQLite loop over the R*Tree first, which is the point of this plan.
  const from =
    plan === 'rtree' ? 'incidents_box b CROSS JOIN incidents i ON i.n = b.n' : 'incidents i';
  return `SELECT ${RECORD_COLUMNS} FROM ${from}
${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
ORDER BY i.date, i.id LIMIT @limit`;
}

function parametersOf(query: IncidentQuery): PageParameters {
  const parameters: PageParameters = { limit: query.limit + 1 };
  if (query.from !== undefined) parameters.from = query.from;
  if (query.to !== undefined) parameters.to = query.to;
  if (query.side !== undefined) parameters.side = query.side;
  if (query.minDistanceKm !== undefined) parameters.minKm = query.minDistanceKm;
  if (query.maxDistanceKm !== undefined) parameters.maxKm = query.maxDistanceKm;
  if (query.bbox !== undefined) {
    [parameters.minLon, parameters.minLat, parameters.maxLon, parameters.maxLat] = query.bbox;
  }
  if (query.after !== undefined) {
    parameters.afterDate = query.after.date;
    parameters.afterId = query.after.id;
  }
  return parameters;
}

/** The shape of a statement: its plan and which filters it has. */
function shapeOf(parameters: PageParameters, plan: Plan): string {
  return `${plan}:${Object.keys(parameters).sort().join(',')}`;
}

/** A read-only incident index in a SQLite file. */
export class SqliteIncidentStore implements IncidentStore {
  readonly info: IncidentStoreInfo;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement<[PageParameters]>>();
  private readonly countGrid: Database.Statement<
    [number, number, number, number],
    { points: number | null }
  >;

  constructor(path: string, info: IncidentStoreInfo) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    this.info = info;
    this.countGrid = this.db.prepare(
      'SELECT sum(count) AS points FROM grid WHERE gx BETWEEN ? AND ? AND gy BETWEEN ? AND ?',
    );
  }

  /** About how many points a box holds (an upper bound: edge cells count whole). */
  estimatePoints(bbox: readonly [number, number, number, number]): number {
    const [minLon, minLat, maxLon, maxLat] = bbox.map((degrees) =>
      Math.floor(degrees * GRID_CELLS_PER_DEGREE),
    );
    return this.countGrid.get(minLon ?? 0, maxLon ?? 0, minLat ?? 0, maxLat ?? 0)?.points ?? 0;
  }

  private planFor(query: IncidentQuery): Plan {
    if (query.bbox === undefined) return 'scan';
    return this.estimatePoints(query.bbox) <= RTREE_DRIVEN_MAX_POINTS ? 'rtree' : 'scan';
  }

  private statement(parameters: PageParameters, plan: Plan): Database.Statement<[PageParameters]> {
    const shape = shapeOf(parameters, plan);
    let statement = this.statements.get(shape);
    if (statement === undefined) {
      statement = this.db.prepare<[PageParameters]>(pageSql(parameters, plan));
      this.statements.set(shape, statement);
    }
    return statement;
  }

  query(query: IncidentQuery): IncidentPage {
    const parameters = parametersOf(query);
    const statement = this.statement(parameters, this.planFor(query));
    // Rows come back with the record's column names (see RECORD_COLUMNS).
    const rows = statement.all(parameters) as IncidentRecord[];
    const more = rows.length > query.limit;
    if (more) rows.pop();
    const last = rows[rows.length - 1];
    return {
      incidents: rows,
      next: more && last !== undefined ? { date: last.date, id: last.id } : null,
    };
  }

  /** The query plan of a page, for tests that check the indexes are used. */
  plan(query: IncidentQuery): string[] {
    const parameters = parametersOf(query);
    const sql = pageSql(parameters, this.planFor(query));
    const rows = this.db
      .prepare<[PageParameters], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(parameters);
    return rows.map((row) => row.detail);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
