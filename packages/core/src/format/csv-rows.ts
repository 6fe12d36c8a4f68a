import {
  DistanceBinSchema,
  HexCellWeekSchema,
  WeeklyRowSchema,
  type DatedSeries,
  type DistanceBin,
  type DistanceHistogram,
  type HexCellWeek,
  type WeeklyRow,
} from '../schemas/aggregates.js';
import type { CsisComparisonRow } from '../schemas/snapshot.js';
import type { CsvValue } from './csv.js';

/*
 * Flat CSV rows for the snapshot's nested records. The story's downloads and the API both
 * serialise through these, so the same query gives byte-identical CSV from either. Columns
 * follow the schemas' keys in order; nested objects are spelled out with a prefix.
 */

/** Columns of a weekly CSV: the keys of `WeeklyRowSchema`, in order. */
export const WEEKLY_CSV_COLUMNS = Object.keys(
  WeeklyRowSchema.shape,
) as readonly (keyof WeeklyRow)[];

/** Columns of a hex-cell CSV: the keys of `HexCellWeekSchema`, in order. */
export const HEX_CELL_WEEK_CSV_COLUMNS = Object.keys(
  HexCellWeekSchema.shape,
) as readonly (keyof HexCellWeek)[];

/** One histogram bin with the histogram's side, source and period spelled out. */
export interface HistogramCsvRow extends Readonly<Record<string, CsvValue>> {
  readonly side: string;
  readonly source: string;
  readonly periodId: string;
  readonly periodLabel: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly fromKm: number;
  readonly toKm: number | null;
  readonly count: number;
  readonly share: number;
  readonly total: number;
}

/** Columns of a histogram CSV: side, source, period, then the keys of `DistanceBinSchema`, then the total. */
export const HISTOGRAM_CSV_COLUMNS = [
  'side',
  'source',
  'periodId',
  'periodLabel',
  'periodFrom',
  'periodTo',
  ...(Object.keys(DistanceBinSchema.shape) as (keyof DistanceBin)[]),
  'total',
] as const satisfies readonly (keyof HistogramCsvRow)[];

/** One row per bin of each histogram, in the histograms' order. */
export function histogramCsvRows(histograms: readonly DistanceHistogram[]): HistogramCsvRow[] {
  return histograms.flatMap((histogram) =>
    histogram.bins.map((bin) => ({
      side: histogram.side,
      source: histogram.source,
      periodId: histogram.period.id,
      periodLabel: histogram.period.label,
      periodFrom: histogram.period.from,
      periodTo: histogram.period.to,
      fromKm: bin.fromKm,
      toKm: bin.toKm,
      count: bin.count,
      share: bin.share,
      total: histogram.total,
    })),
  );
}

/** One dated point of a series with the series' identity spelled out. */
export interface SeriesCsvRow extends Readonly<Record<string, CsvValue>> {
  readonly seriesId: string;
  readonly label: string;
  readonly unit: string;
  readonly cumulative: boolean;
  readonly frequency: string;
  readonly producer: string;
  readonly via: string;
  readonly licence: string;
  readonly date: string;
  readonly value: number;
}

/** Columns of a series CSV. */
export const SERIES_CSV_COLUMNS = [
  'seriesId',
  'label',
  'unit',
  'cumulative',
  'frequency',
  'producer',
  'via',
  'licence',
  'date',
  'value',
] as const satisfies readonly (keyof SeriesCsvRow)[];

/** One row per point of each series, in the series' order. */
export function seriesCsvRows(series: readonly DatedSeries[]): SeriesCsvRow[] {
  return series.flatMap((one) =>
    one.points.map((point) => ({
      seriesId: one.id,
      label: one.label,
      unit: one.unit,
      cumulative: one.cumulative,
      frequency: one.frequency,
      producer: one.source.producer,
      via: one.source.via,
      licence: one.source.licence,
      date: point.date,
      value: point.value,
    })),
  );
}

/** One row of the "CSIS reported / we reproduce" table, flattened. */
export interface CsisComparisonCsvRow extends Readonly<Record<string, CsvValue>> {
  readonly id: string;
  readonly measure: string;
  readonly unit: string;
  readonly csisValue: number;
  readonly csisQualifier: string;
  readonly csisSource: string;
  readonly csisDate: string;
  readonly reproducedValue: number;
  readonly toleranceKind: string;
  readonly toleranceValue: number | null;
  readonly withinTolerance: boolean;
  readonly method: string;
}

/** Columns of the CSIS comparison CSV. */
export const CSIS_COMPARISON_CSV_COLUMNS = [
  'id',
  'measure',
  'unit',
  'csisValue',
  'csisQualifier',
  'csisSource',
  'csisDate',
  'reproducedValue',
  'toleranceKind',
  'toleranceValue',
  'withinTolerance',
  'method',
] as const satisfies readonly (keyof CsisComparisonCsvRow)[];

/** The comparison table as flat rows, in the table's order. */
export function csisComparisonCsvRows(rows: readonly CsisComparisonRow[]): CsisComparisonCsvRow[] {
  return rows.map((row) => ({
    id: row.id,
    measure: row.measure,
    unit: row.unit,
    csisValue: row.csis.value,
    csisQualifier: row.csis.qualifier,
    csisSource: row.csis.source.outlet,
    csisDate: row.csis.source.date,
    reproducedValue: row.reproduced.value,
    toleranceKind: row.tolerance.kind,
    toleranceValue: row.tolerance.kind === 'exceeds' ? null : row.tolerance.value,
    withinTolerance: row.withinTolerance,
    method: row.method,
  }));
}
