import { RowTally, type RowCounts, type SourceFile } from '@blueline/core';
import { readCsvFile } from '../csv/read-records.js';

/** A named point from a gazetteer. */
export interface GazetteerPlace {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166 alpha-2 code as the gazetteer gives it. */
  readonly countryCode: string;
}

/** GeoNames places with their provenance. */
export interface GeoNamesLoad {
  readonly places: GazetteerPlace[];
  readonly counts: RowCounts;
  readonly source: SourceFile;
}

/** Columns of the GeoNames extract the loader requires. */
export const GEONAMES_COLUMNS = ['name', 'latitude', 'longitude', 'country_code'] as const;

/**
 * Loads the GeoNames cities500 extract (tab-separated, unquoted, a header added by the raw
 * folder). Rows with a bad coordinate are rejected as `invalid:latitude` / `invalid:longitude`.
 * @throws {InputError} when the file is missing, unreadable or lacks a required column.
 */
export async function loadGeoNames(file: string): Promise<GeoNamesLoad> {
  const csv = await readCsvFile(file, {
    required: GEONAMES_COLUMNS,
    delimiter: '\t',
    quote: false,
  });
  const tally = new RowTally();
  const places: GazetteerPlace[] = [];
  for (const record of csv.records) {
    tally.readRow();
    const lat = Number(record.values.latitude);
    const lon = Number(record.values.longitude);
    if (record.values.latitude.trim() === '' || !(Math.abs(lat) <= 90)) {
      tally.reject('invalid:latitude');
    } else if (record.values.longitude.trim() === '' || !(Math.abs(lon) <= 180)) {
      tally.reject('invalid:longitude');
    } else {
      tally.keep();
      places.push({
        name: record.values.name.trim(),
        lat,
        lon,
        countryCode: record.values.country_code.trim(),
      });
    }
  }
  return { places, counts: tally.counts(), source: csv.source };
}
