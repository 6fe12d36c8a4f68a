/** Downloads: CSV columns follow the schemas' keys in order, and the files hold the snapshot. */
import {
  HexCellWeekSchema,
  toCsv,
  WeeklyRowSchema,
  DistanceBinSchema,
  sumHexCells,
  HISTOGRAM_CSV_COLUMNS,
  type DistanceHistogram,
  DatasetMetadataSchema,
  datasetMetadataBody,
  datasetDataEnd,
} from '@blueline/core';
import { describe, expect, it } from 'vitest';
import {
  DATA_FILES,
  DATASET_FILES,
  DATASETS,
  DATASET_FORMATS,
  metadataFile,
} from '$lib/copy/datasets';
import { renderDataset } from '$lib/server/datasets';
import { snapshot } from './fixtures';

const header = (csv: string): string => csv.slice(0, csv.indexOf('\r\n'));

describe('datasets', () => {
  it('offers every dataset as CSV and JSON', () => {
    expect(DATASET_FILES).toHaveLength(DATASETS.length * DATASET_FORMATS.length);
  });

  it('weekly.csv has the WeeklyRow columns in schema order and one line per row', () => {
    const csv = renderDataset(snapshot, 'weekly', 'csv').body;
    expect(header(csv)).toBe(Object.keys(WeeklyRowSchema.shape).join(','));
    expect(csv.trimEnd().split('\r\n')).toHaveLength(snapshot.weekly.length + 1);
    expect(csv).toBe(
      toCsv(
        snapshot.weekly,
        Object.keys(WeeklyRowSchema.shape) as (keyof (typeof snapshot.weekly)[number])[],
      ),
    );
  });

  it('hex-cells.csv has the HexCellWeek columns; hex-cells.json is the snapshot file', () => {
    expect(header(renderDataset(snapshot, 'hex-cells', 'csv').body)).toBe(
      Object.keys(HexCellWeekSchema.shape).join(','),
    );
    expect(JSON.parse(renderDataset(snapshot, 'hex-cells', 'json').body)).toEqual(
      snapshot.hexCells,
    );
  });

  it('distance-histograms.csv spells out side, source and period, then the bin columns', () => {
    const csv = renderDataset(snapshot, 'distance-histograms', 'csv').body;
    expect(header(csv)).toBe(HISTOGRAM_CSV_COLUMNS.join(','));
    for (const key of Object.keys(DistanceBinSchema.shape)) expect(header(csv)).toContain(key);
    const histograms = JSON.parse(
      renderDataset(snapshot, 'distance-histograms', 'json').body,
    ) as DistanceHistogram[];
    expect(histograms).toHaveLength(snapshot.histograms.length);
    for (const histogram of histograms)
      expect(histogram.bins.map((bin) => bin.fromKm)).toEqual([0, 2, 5, 10, 20, 40]);
  });

  it('every dataset has a metadata file citing its sources, their licences and an as-of date', () => {
    expect(DATA_FILES).toHaveLength(DATASETS.length * (DATASET_FORMATS.length + 1));
    for (const dataset of DATASETS) {
      const metadata = DatasetMetadataSchema.parse(
        JSON.parse(
          datasetMetadataBody(dataset, snapshot.provenance, datasetDataEnd(dataset.id, snapshot)),
        ),
      );
      expect(DATA_FILES).toContain(metadataFile(dataset.id));
      expect(metadata.files).toEqual(DATASET_FORMATS.map((format) => `${dataset.id}.${format}`));
      const ends = snapshot.provenance.sources
        .filter((source) => (dataset.sources as readonly string[]).includes(source.id))
        .flatMap((source) => (source.coverage === null ? [] : [source.coverage.to]))
        .sort();
      const lastPoint = snapshot.series
        .flatMap((series) => series.points.map((point) => point.date))
        .sort()
        .at(-1);
      expect(metadata.dateAsOf).toBe(ends.at(-1) ?? lastPoint);
      expect(metadata.dateAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const source of metadata.sources)
        expect(metadata.citation).toContain(source.attribution);
      expect(
        metadata.sources.map((source) => source.licence).every((licence) => licence !== ''),
      ).toBe(true);
    }
  });

  it('every JSON file parses', () => {
    for (const dataset of DATASETS) {
      const body = renderDataset(snapshot, dataset.id, 'json').body;
      expect(() => {
        JSON.parse(body);
      }).not.toThrow();
    }
  });
});

describe('core: sumHexCells', () => {
  it('adds up a window of weeks per cell and matches the weekly totals', () => {
    const weeks = snapshot.hexCells.weeks;
    const window = {
      side: 'israel',
      source: 'acled',
      from: '2024-09-22',
      to: '2024-09-22',
    } as const;
    const total = sumHexCells(weeks, window).reduce((sum, cell) => sum + cell.count, 0);
    const direct = weeks
      .filter(
        (row) => row.side === 'israel' && row.source === 'acled' && row.weekStart === '2024-09-22',
      )
      .reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(direct);
    const cells = sumHexCells(weeks, window).map((cell) => cell.cell);
    expect(cells).toEqual([...cells].sort());
  });
});
