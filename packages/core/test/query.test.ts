import { describe, expect, it } from 'vitest';
import { hexCellGeometry } from '../src/hex/index.js';
import {
  buildSummary,
  compareIncidentRecords,
  coverageOf,
  createBlueLineMeasure,
  filterHexCells,
  filterHistograms,
  filterKeyEvents,
  hexCellFeatureCollection,
  histogram,
  incidentRecord,
  InvalidArgumentError,
  matchesIncidentFilter,
  SummarySchema,
  type CsisSnapshot,
  type DistanceHistogram,
  type HexCellsSnapshot,
  type Incident,
  type IncidentRecord,
  type KeyEvent,
  type Provenance,
} from '../src/index.js';

const source = { outlet: 'Test Outlet', date: '2024-01-01', headline: 'A test headline' };

function event(id: string, date: string, tags: KeyEvent['tags'], endDate?: string): KeyEvent {
  return {
    id,
    date,
    ...(endDate === undefined ? {} : { endDate }),
    title: `Event ${id}`,
    summary: 'A test event, long enough for the schema.',
    tags,
    sources: [source],
  };
}

describe('filterKeyEvents', () => {
  const events = [
    event('a', '2023-10-08', ['hezbollah-fire']),
    event('b', '2023-11-24', ['ceasefire', 'gaza'], '2023-11-30'),
    event('c', '2024-09-17', ['covert-operation']),
  ];

  it('keeps multi-day events that overlap the range', () => {
    expect(filterKeyEvents(events, { from: '2023-11-28' }).map((e) => e.id)).toEqual(['b', 'c']);
    expect(filterKeyEvents(events, { to: '2023-11-24' }).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('matches any of the tags, and an empty tag list matches everything', () => {
    expect(
      filterKeyEvents(events, { tags: ['gaza', 'covert-operation'] }).map((e) => e.id),
    ).toEqual(['b', 'c']);
    expect(filterKeyEvents(events, { tags: [] })).toEqual(events);
  });
});

describe('filterHexCells and hexCellFeatureCollection', () => {
  const cells = hexCellGeometry(['872da0a2affffff', '872da0a20ffffff']);
  const snapshot: HexCellsSnapshot = {
    resolution: 7,
    cells,
    weeks: [
      {
        weekStart: '2024-09-15',
        side: 'israel',
        source: 'acled',
        cell: '872da0a2affffff',
        count: 2,
      },
      {
        weekStart: '2024-09-22',
        side: 'israel',
        source: 'acled',
        cell: '872da0a20ffffff',
        count: 5,
      },
      {
        weekStart: '2024-09-22',
        side: 'hezbollah',
        source: 'alerts',
        cell: '872da0a2affffff',
        count: 1,
      },
    ],
  };

  it('keeps only the geometry of cells the selected rows use', () => {
    const subset = filterHexCells(snapshot, { side: 'israel', from: '2024-09-22' });
    expect(subset.weeks).toHaveLength(1);
    expect(subset.cells.map((cell) => cell.cell)).toEqual(['872da0a20ffffff']);
    expect(subset.resolution).toBe(7);
  });

  it('makes one closed polygon feature per row', () => {
    const collection = hexCellFeatureCollection(snapshot);
    expect(collection.features).toHaveLength(3);
    const ring = collection.features[0]?.geometry.coordinates[0] ?? [];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(collection.features[1]?.id).toBe('2024-09-22/israel/acled/872da0a20ffffff');
  });

  it('refuses a row whose cell has no geometry', () => {
    const broken = { ...snapshot, cells: [] };
    expect(() => hexCellFeatureCollection(broken)).toThrow(InvalidArgumentError);
  });
});

describe('filterHistograms', () => {
  const period = (id: string) => ({ id, label: id, from: '2024-01-01', to: '2024-01-31' });
  const histograms: DistanceHistogram[] = [
    { side: 'israel', source: 'acled', period: period('p1'), ...histogram([1, 2]) },
    { side: 'hezbollah', source: 'alerts', period: period('p1'), ...histogram([3]) },
    { side: 'israel', source: 'acled', period: period('p2'), ...histogram([4]) },
  ];

  it('filters by side, source and period id', () => {
    expect(filterHistograms(histograms, { side: 'israel' })).toHaveLength(2);
    expect(filterHistograms(histograms, { periodId: 'p1', source: 'alerts' })).toEqual([
      histograms[1],
    ]);
    expect(filterHistograms(histograms, {})).toEqual(histograms);
  });
});

describe('buildSummary', () => {
  const csis: CsisSnapshot = {
    comparisons: [
      {
        id: 'weekly',
        measure: 'Strikes per week',
        unit: 'strikes',
        csis: { value: 160, qualifier: 'about', source },
        reproduced: { value: 159.7 },
        tolerance: { kind: 'relative', value: 0.1 },
        withinTolerance: true,
        method: 'Mean of weekly counts.',
        missExplanation: null,
      },
    ],
    ratios: [
      {
        id: 'jump',
        label: 'Week of 22 Sep vs baseline',
        weekStart: '2024-09-22',
        weekCount: 850,
        baseline: { id: 'b', label: 'Baseline', from: '2023-10-08', to: '2024-08-31' },
        baselineWeeks: 47,
        baselineWeeklyMean: 160,
        ratio: 5.3,
      },
      {
        id: 'zero',
        label: 'Against an empty baseline',
        weekStart: '2024-09-22',
        weekCount: 1,
        baseline: { id: 'b', label: 'Baseline', from: '2023-10-08', to: '2024-08-31' },
        baselineWeeks: 47,
        baselineWeeklyMean: 0,
        ratio: null,
      },
    ],
    omitted: [],
  };
  const provenance: Provenance = {
    sources: [
      {
        id: 'acled',
        name: 'ACLED',
        files: [{ name: 'a.csv', sha256: 'a'.repeat(64), bytes: 1 }],
        coverage: { from: '2023-10-01', to: '2024-10-11' },
        rows: { read: 1, kept: 1, rejected: {} },
        licence: 'ACLED terms',
        attribution: 'ACLED',
        notes: [],
      },
      {
        id: 'geography',
        name: 'Geography',
        files: [{ name: 'g.json', sha256: 'b'.repeat(64), bytes: 1 }],
        coverage: null,
        rows: { read: 1, kept: 1, rejected: {} },
        licence: 'Public domain',
        attribution: 'Someone',
        notes: [],
      },
    ],
    seams: [],
    completenessNotes: [],
  };

  it('lists comparisons, then ratios that have a value, as headline figures', () => {
    const summary = SummarySchema.parse(buildSummary(csis, provenance));
    expect(summary.headline.map((figure) => figure.id)).toEqual(['weekly', 'jump']);
    expect(summary.headline[0]).toMatchObject({ value: 159.7, csis: { value: 160 } });
    expect(summary.headline[1]).toMatchObject({ value: 5.3, csis: null, withinTolerance: null });
    expect(summary.csis).toEqual(csis);
  });

  it('states coverage for dated sources only', () => {
    expect(coverageOf(provenance)).toEqual([
      { source: 'acled', from: '2023-10-01', to: '2024-10-11' },
    ]);
  });
});

describe('incidentRecord and matchesIncidentFilter', () => {
  const blueLine = createBlueLineMeasure([
    [35.1, 33.09],
    [35.5, 33.07],
    [35.85, 33.3],
  ]);
  const incident = (id: string, lat: number, precision: 'point' | 'province'): Incident => ({
    id,
    date: '2024-09-22',
    dateEnd: null,
    side: 'israel',
    kind: 'air_drone_strike',
    location: { lat, lon: 35.4, placeName: null, admin1: null, admin2: null, precision },
    fatalities: 0,
    source: 'acled',
    provenance: { sourceEventId: id, timestamp: null },
  });
  const north = incidentRecord(
    { incident: incident('acled:1', 33.3, 'point'), eventType: 'Battles', country: 'Lebanon' },
    blueLine,
  );
  const coarse = incidentRecord(
    { incident: incident('acled:2', 33.3, 'province'), eventType: 'Battles', country: 'Lebanon' },
    blueLine,
  );
  const south = incidentRecord(
    { incident: incident('acled:3', 32.9, 'point'), eventType: 'Battles', country: 'Israel' },
    blueLine,
  );

  it('places records against the line, leaving coarse locations unmeasured', () => {
    expect(north.lineSide).toBe('lebanon');
    expect(north.distanceKm).toBeGreaterThan(20);
    expect(south.lineSide).toBe('israel');
    expect(coarse.distanceKm).toBeNull();
    expect(coarse.lineSide).toBe('lebanon');
  });

  it('filters by distance (never matching unmeasured records), bbox and side', () => {
    const records: IncidentRecord[] = [north, coarse, south];
    const match = (filter: Parameters<typeof matchesIncidentFilter>[1]) =>
      records.filter((record) => matchesIncidentFilter(record, filter)).map((r) => r.id);
    expect(match({ minDistanceKm: 0 })).toEqual(['acled:1', 'acled:3']);
    expect(match({ bbox: [35, 33.2, 36, 33.4] })).toEqual(['acled:1', 'acled:2']);
    expect(match({ bbox: [35.4, 33.3, 35.4, 33.3] })).toEqual(['acled:1', 'acled:2']);
    expect(match({ side: 'hezbollah' })).toEqual([]);
    expect(match({})).toHaveLength(3);
  });

  it('orders by date, then id', () => {
    const later = { ...north, date: '2024-09-23', id: 'acled:0' };
    expect([later, south, north].sort(compareIncidentRecords).map((r) => r.id)).toEqual([
      'acled:1',
      'acled:3',
      'acled:0',
    ]);
  });
});
