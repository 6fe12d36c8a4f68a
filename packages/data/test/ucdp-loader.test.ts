import { rejectedTotal } from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { loadUcdp } from '../src/loaders/ucdp.js';
import { fixture } from './helpers.js';

describe('loadUcdp', () => {
  const file = fixture('ucdp', 'mixed.csv');

  it('counts every rejection reason and reconciles', async () => {
    const load = await loadUcdp(file);
    expect(load.counts).toEqual({
      read: 10,
      kept: 3,
      rejected: {
        'duplicate-id': 1,
        'invalid:best': 1,
        'invalid:date_end': 1,
        'invalid:date_prec': 1,
        'invalid:record': 1,
        'out-of-period': 1,
        'side-a-not-israel': 1,
      },
    });
    expect(load.counts.read).toBe(load.counts.kept + rejectedTotal(load.counts));
  });

  it('names file, line and field', async () => {
    const load = await loadUcdp(file);
    expect(load.issues).toEqual(
      expect.arrayContaining([
        `${file}:5: id: 900001 appears more than once`,
        `${file}:6: date_end: is before date_start (2024-01-14)`,
        `${file}:7: side_a_name: is "Hezbollah"`,
        `${file}:11: record: has fewer fields than the header`,
      ]),
    );
    expect(load.issues.some((line) => line.startsWith(`${file}:10: best: `))).toBe(true);
  });

  it('keeps side israel, source ucdp and the location precision', async () => {
    const load = await loadUcdp(file);
    expect(load.events.map((event) => event.incident.side)).toEqual(['israel', 'israel', 'israel']);
    expect(load.events.map((event) => event.incident.source)).toEqual(['ucdp', 'ucdp', 'ucdp']);
    expect(load.events.map((event) => event.incident.location.precision)).toEqual([
      'point',
      'country',
      'area',
    ]);
    expect(load.events[1]?.incident.dateEnd).toBe('2024-01-20');
    expect(load.coverage).toEqual({ from: '2024-01-10', to: '2024-01-12' });
  });

  it('fails on a missing column', async () => {
    const missing = fixture('ucdp', 'missing-column.csv');
    await expect(loadUcdp(missing)).rejects.toThrow(
      `${missing}:1: header: missing required column(s): where_prec`,
    );
  });
});
