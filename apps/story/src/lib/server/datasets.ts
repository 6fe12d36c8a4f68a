/**
 * The download files. CSV goes through core's `toCsv` with the schemas' column order (core's
 * flat-row helpers for nested records), so the API, which uses the same functions, serves
 * identical bytes for the same data.
 */
import {
  CSIS_COMPARISON_CSV_COLUMNS,
  csisComparisonCsvRows,
  HEX_CELL_WEEK_CSV_COLUMNS,
  HISTOGRAM_CSV_COLUMNS,
  histogramCsvRows,
  SERIES_CSV_COLUMNS,
  seriesCsvRows,
  toCsv,
  WEEKLY_CSV_COLUMNS,
} from '@blueline/core';
import type { DatasetId } from '$lib/copy/datasets';
import type { StorySnapshot } from '$lib/snapshot';
import { storyHistograms } from './histograms';

/** A download's body and media type. */
export interface DatasetFile {
  readonly body: string;
  readonly contentType: string;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

function json(value: unknown): DatasetFile {
  return { body: `${JSON.stringify(value)}\n`, contentType: JSON_TYPE };
}

function csv(body: string): DatasetFile {
  return { body, contentType: CSV };
}

/** The body of `<id>.<format>`. */
export function renderDataset(
  snapshot: StorySnapshot,
  id: DatasetId,
  format: 'csv' | 'json',
): DatasetFile {
  switch (id) {
    case 'weekly':
      return format === 'json'
        ? json(snapshot.weekly)
        : csv(toCsv(snapshot.weekly, WEEKLY_CSV_COLUMNS));
    case 'distance-histograms': {
      const histograms = storyHistograms(snapshot);
      return format === 'json'
        ? json(histograms)
        : csv(toCsv(histogramCsvRows(histograms), HISTOGRAM_CSV_COLUMNS));
    }
    case 'casualties-displacement':
      return format === 'json'
        ? json(snapshot.series)
        : csv(toCsv(seriesCsvRows(snapshot.series), SERIES_CSV_COLUMNS));
    case 'hex-cells':
      return format === 'json'
        ? json(snapshot.hexCells)
        : csv(toCsv(snapshot.hexCells.weeks, HEX_CELL_WEEK_CSV_COLUMNS));
    case 'csis-comparison':
      return format === 'json'
        ? json(snapshot.csis)
        : csv(toCsv(csisComparisonCsvRows(snapshot.csis.comparisons), CSIS_COMPARISON_CSV_COLUMNS));
  }
}
