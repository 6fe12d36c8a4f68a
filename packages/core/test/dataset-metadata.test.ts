import { describe, expect, it } from 'vitest';
import {
  datasetDataEnd,
  datasetMetadata,
  datasetMetadataBody,
  DatasetMetadataSchema,
  PUBLISHED_DATASETS,
  type Provenance,
} from '../src/index.js';

const source = (id: string, to: string | null) => ({
  id,
  name: `Source ${id}`,
  files: [{ name: `${id}.csv`, sha256: 'a'.repeat(64), bytes: 1 }],
  coverage: to === null ? null : { from: '2023-10-08', to },
  rows: { read: 1, kept: 1, rejected: {} },
  licence: `Licence of ${id}`,
  attribution: `Attribution ${id}`,
  notes: [],
});

const provenance: Provenance = {
  sources: [
    source('acled', '2024-10-11'),
    source('acled-lebanon-later', '2024-12-31'),
    source('acled-israel', '2024-11-27'),
    source('ucdp', '2024-12-31'),
    source('hfc-alerts-official', '2024-10-11'),
    source('hfc-alerts-cumta', '2024-12-30'),
    source('hfc-alert-areas', null),
    source('geography-dcw-gshhg', null),
    source('moph-dtm', '2024-12-15'),
  ],
  seams: [],
  completenessNotes: [],
};

describe('datasetMetadata', () => {
  it('dates a dataset by the latest coverage among its own sources', () => {
    const byId = Object.fromEntries(
      PUBLISHED_DATASETS.map((dataset) => [dataset.id, datasetMetadata(dataset, provenance)]),
    );
    expect(byId['weekly']?.dateAsOf).toBe('2024-12-31');
    expect(byId['casualties-displacement']?.dateAsOf).toBe('2024-12-15');
    expect(byId['csis-comparison']?.dateAsOf).toBe('2024-12-31');
  });

  it('cites every source with its licence and attribution, and names the files', () => {
    const [weekly] = PUBLISHED_DATASETS;
    const metadata = datasetMetadata(weekly, provenance);
    expect(DatasetMetadataSchema.parse(metadata)).toEqual(metadata);
    expect(metadata.files).toEqual(['weekly.csv', 'weekly.json']);
    expect(metadata.api).toBe('/v1/weekly');
    expect(metadata.sources.map((one) => one.id)).toEqual([...weekly.sources]);
    expect(metadata.sources[0]?.licence).toBe('Licence of acled');
    expect(metadata.citation).toContain(
      'Attribution acled; Attribution acled-lebanon-later; Attribution acled-israel; Attribution ucdp',
    );
    expect(metadata.citation).toContain('data as of 2024-12-31');
  });

  it('dates a dataset whose sources state no coverage by its own last row', () => {
    const casualties = PUBLISHED_DATASETS.find((one) => one.id === 'casualties-displacement');
    if (casualties === undefined) throw new Error('no casualties dataset');
    const undated: Provenance = {
      ...provenance,
      sources: provenance.sources.map((one) =>
        one.id === 'moph-dtm' ? { ...one, coverage: null } : one,
      ),
    };
    const end = datasetDataEnd('casualties-displacement', {
      series: [{ points: [{ date: '2024-11-20' }, { date: '2024-12-02' }] }, { points: [] }],
    });
    expect(end).toBe('2024-12-02');
    expect(datasetMetadata(casualties, undated, end).dateAsOf).toBe('2024-12-02');
    expect(() => datasetMetadata(casualties, undated)).toThrow(/casualties-displacement/);
    expect(datasetDataEnd('weekly', { series: [] })).toBeUndefined();
  });

  it('names the missing source when the provenance lacks one', () => {
    const [weekly] = PUBLISHED_DATASETS;
    const partial: Provenance = { ...provenance, sources: provenance.sources.slice(0, 1) };
    expect(() => datasetMetadata(weekly, partial)).toThrow(
      /weekly: provenance has no source "acled-lebanon-later"/,
    );
  });

  it('serialises the same bytes every time, ending with a newline', () => {
    const [weekly] = PUBLISHED_DATASETS;
    const body = datasetMetadataBody(weekly, provenance);
    expect(body).toBe(datasetMetadataBody(weekly, provenance));
    expect(body.endsWith('}\n')).toBe(true);
    expect(JSON.parse(body)).toEqual(datasetMetadata(weekly, provenance));
  });
});
