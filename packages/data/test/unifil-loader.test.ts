import { KeyFigureSchema, rejectedTotal } from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { loadUnifilAirViolations } from '../src/loaders/unifil.js';
import { fixture } from './helpers.js';

describe('loadUnifilAirViolations', () => {
  it('turns each month into a cited key figure, the UN’s qualifier kept', async () => {
    const load = await loadUnifilAirViolations(fixture('unifil', 'facts.csv'));
    expect(load.figures.map((figure) => [figure.id, figure.value, figure.qualifier])).toEqual([
      ['unifil-air-violations-2024-10', 1400, 'more_than'],
      ['unifil-air-violations-2024-11', 900, 'almost'],
      ['unifil-air-violations-2025-03', 650, 'exactly'],
    ]);
    const [october] = load.figures;
    expect(october?.asOf).toBe('2024-10-31');
    expect(october?.period).toEqual({ from: '2024-10-01', to: '2024-10-31' });
    expect(october?.source.url).toBe('https://example.org/unifil');
    expect(october?.note).toContain('over 1,400');
    for (const figure of load.figures) KeyFigureSchema.parse(figure);
  });

  it('rejects bad rows by reason, naming file, line and field, and reconciles', async () => {
    const load = await loadUnifilAirViolations(fixture('unifil', 'facts.csv'));
    expect(load.counts).toEqual({
      read: 6,
      kept: 3,
      rejected: { 'duplicate-month': 1, 'invalid:month': 1, 'invalid:qualifier': 1 },
    });
    expect(load.counts.read).toBe(load.counts.kept + rejectedTotal(load.counts));
    expect(load.issues.join('\n')).toMatch(/facts\.csv:4: qualifier: "roughly"/);
  });
});
