/** Synthetic incident records and the page queries the incident benches time (never ACLED rows). */
import type { IncidentRecord, Side } from '@blueline/core';
import type { IncidentQuery } from '../src/incidents/store.js';

const SIDES: readonly Side[] = ['israel', 'israel', 'israel', 'hezbollah', 'other', 'iran'];

export function* records(count: number): Generator<IncidentRecord> {
  let state = 42;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < count; i++) {
    const lat = 32.8 + next() * 1.6;
    const lon = 35 + next() * 1.5;
    const coarse = next() < 0.1;
    yield {
      id: `acled:SYN${String(i)}`,
      date: new Date(start + Math.floor(next() * 1800) * 86_400_000).toISOString().slice(0, 10),
      side: SIDES[Math.floor(next() * SIDES.length)] ?? 'other',
      kind: 'air_drone_strike',
      eventType: 'Explosions/Remote violence',
      country: lat < 33.1 ? 'Israel' : 'Lebanon',
      lat,
      lon,
      precision: coarse ? 'province' : 'point',
      placeName: `Place ${String(i % 5000)}`,
      admin1: 'Province',
      admin2: 'District',
      distanceKm: coarse ? null : next() * 120,
      lineSide: lat < 33.1 ? 'israel' : 'lebanon',
      fatalities: Math.floor(next() * 3),
    };
  }
}

const limit = 1000;

/** Each kind of filter /v1/incidents takes, labelled. */
export const BENCH_QUERIES: readonly (readonly [string, IncidentQuery])[] = [
  ['no filter', { limit }],
  ['side=hezbollah', { side: 'hezbollah', limit }],
  ['side=iran', { side: 'iran', limit }],
  ['one month', { from: '2023-09-01', to: '2023-09-30', limit }],
  ['small bbox (≈ 2 km)', { bbox: [35.5, 33.2, 35.52, 33.22], limit }],
  ['large bbox', { bbox: [35, 33, 36, 34], limit }],
  ['narrow distance (10–10.5 km)', { minDistanceKm: 10, maxDistanceKm: 10.5, limit }],
  ['wide distance (0–100 km)', { minDistanceKm: 0, maxDistanceKm: 100, limit }],
  [
    'side + month + bbox + distance',
    {
      side: 'israel',
      from: '2023-01-01',
      to: '2023-12-31',
      bbox: [35.2, 33.1, 35.6, 33.4],
      minDistanceKm: 5,
      maxDistanceKm: 40,
      limit,
    },
  ],
];
