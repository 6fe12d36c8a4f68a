/**
 * The incident index's tables. Columns mirror core's `IncidentRecord`; `n` is the rowid the
 * R*Tree shares, so a bounding-box lookup joins without a second index.
 */

/** Bumped whenever the layout or the record derivation changes, so old files are rebuilt. */
export const SCHEMA_VERSION = 1;

/** Tables, created before loading. */
export const CREATE_TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE incidents (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  date TEXT NOT NULL,
  side TEXT NOT NULL,
  kind TEXT NOT NULL,
  event_type TEXT NOT NULL,
  country TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  precision TEXT NOT NULL,
  place_name TEXT,
  admin1 TEXT,
  admin2 TEXT,
  distance_km REAL,
  line_side TEXT NOT NULL,
  fatalities INTEGER NOT NULL
);
CREATE VIRTUAL TABLE incidents_box USING rtree(n, min_lon, max_lon, min_lat, max_lat);
CREATE TABLE grid (gx INTEGER NOT NULL, gy INTEGER NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (gx, gy)) WITHOUT ROWID;
`;

/**
 * Cells per degree of the point-count grid. The grid tells the store, before it queries, about
 * how many points a bounding box holds, so it can pick the faster plan (see sqlite-store.ts).
 */
export const GRID_CELLS_PER_DEGREE = 10;

/** Inserts one grid cell's count. */
export const INSERT_GRID = `INSERT INTO grid (gx, gy, count) VALUES (?, ?, ?)`;

/**
 * Indexes, created after loading (one sort per index instead of a B-tree insert per row).
 * The date and side indexes are in (date, id) order after their equality column, so a filtered
 * page is read in keyset order straight off them; they also carry the filtered columns, so the
 * coordinate and distance tests run on the index without a table lookup per rejected row.
 */
export const CREATE_INDEXES = `
CREATE INDEX incidents_by_date ON incidents(date, id, side, lon, lat, distance_km);
CREATE INDEX incidents_by_side ON incidents(side, date, id, lon, lat, distance_km);
CREATE INDEX incidents_by_distance ON incidents(distance_km, date, id) WHERE distance_km IS NOT NULL;
ANALYZE;
`;

/** Inserts one record. */
export const INSERT_INCIDENT = `
INSERT INTO incidents (n, id, date, side, kind, event_type, country, lat, lon, precision,
  place_name, admin1, admin2, distance_km, line_side, fatalities)
VALUES (@n, @id, @date, @side, @kind, @eventType, @country, @lat, @lon, @precision,
  @placeName, @admin1, @admin2, @distanceKm, @lineSide, @fatalities)`;

/** Inserts one point into the R*Tree. */
export const INSERT_BOX = `
INSERT INTO incidents_box (n, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)`;

/** The columns of a record, under their core names. */
export const RECORD_COLUMNS = `id, date, side, kind, event_type AS eventType, country, lat, lon,
  precision, place_name AS placeName, admin1, admin2, distance_km AS distanceKm,
  line_side AS lineSide, fatalities`;
