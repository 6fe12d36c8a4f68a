import { describe, expect, it } from 'vitest';
import {
  assertContiguousPhases,
  assertReconciled,
  baselineRatio,
  InvalidArgumentError,
  type Phase,
  phaseOf,
  PhaseSummarySchema,
  rejectedTotal,
  RowTally,
  summarisePhases,
  weeklyMean,
  type WeeklyRow,
  withinTolerance,
} from '../src/index.js';

const row = (
  weekStart: string,
  count: number,
  side: 'israel' | 'hezbollah' = 'israel',
): WeeklyRow => ({
  weekStart,
  side,
  source: 'acled',
  count,
  meanDistanceKm: null,
  medianDistanceKm: null,
  p90DistanceKm: null,
  completeness: 'complete',
  completenessNote: null,
});

describe('weeklyMean and baselineRatio', () => {
  const rows = [
    row('2024-08-04', 10),
    row('2024-08-11', 20),
    row('2024-08-18', 0),
    row('2024-08-25', 30),
    row('2024-09-22', 90),
    row('2024-09-22', 45, 'hezbollah'),
  ];
  const baseline = { id: 'aug', label: 'August 2024', from: '2024-08-01', to: '2024-08-31' };

  it('averages the weeks starting in the period, zero weeks included', () => {
    expect(weeklyMean(rows, baseline)).toEqual({ weeks: 4, total: 60, mean: 15 });
    // Several series in one week are summed first.
    expect(weeklyMean(rows, { from: '2024-09-22', to: '2024-09-22' })).toEqual({
      weeks: 1,
      total: 135,
      mean: 135,
    });
    expect(() => weeklyMean(rows, { from: '2024-07-01', to: '2024-07-31' })).toThrow(
      InvalidArgumentError,
    );
  });

  it('gives "week X was N times the baseline"', () => {
    const ratio = baselineRatio(rows, '2024-09-22', baseline);
    expect(ratio).toEqual({
      weekStart: '2024-09-22',
      weekCount: 135,
      baseline,
      baselineWeeks: 4,
      baselineWeeklyMean: 15,
      ratio: 9,
    });
    expect(() => baselineRatio(rows, '2024-09-29', baseline)).toThrow('no data for the week');
    expect(
      baselineRatio([row('2024-08-04', 0), row('2024-09-01', 5)], '2024-09-01', baseline).ratio,
    ).toBeNull();
  });
});

describe('phases', () => {
  const phase = (id: string, start: string, end: string): Phase => ({
    id,
    name: id,
    start,
    end,
    summary: 'a test phase',
  });
  const phases = [
    phase('before', '2023-10-08', '2023-11-23'),
    phase('truce', '2023-11-24', '2023-11-30'),
    phase('after', '2023-12-01', '2024-01-10'),
  ];

  it('checks contiguity', () => {
    expect(() => {
      assertContiguousPhases(phases);
    }).not.toThrow();
    expect(() => {
      assertContiguousPhases([phases[0] as Phase, phases[2] as Phase]);
    }).toThrow('not the day after');
    expect(() => {
      assertContiguousPhases([phases[0] as Phase, phase('overlap', '2023-11-20', '2023-11-30')]);
    }).toThrow(InvalidArgumentError);
    expect(() => {
      assertContiguousPhases([phase('reversed', '2023-11-02', '2023-11-01')]);
    }).toThrow('ends before it starts');
  });

  it('finds the phase of a date', () => {
    expect(phaseOf('2023-11-24', phases)?.id).toBe('truce');
    expect(phaseOf('2023-11-30', phases)?.id).toBe('truce');
    expect(phaseOf('2023-10-07', phases)).toBeUndefined();
  });

  it('summarises each phase over the days the source covers', () => {
    const events = [
      { date: '2023-11-01', distanceKm: 2 },
      { date: '2023-11-20', distanceKm: 4 },
      { date: '2023-11-25', distanceKm: null },
      { date: '2023-12-02', distanceKm: 1 },
    ];
    const summaries = summarisePhases(events, phases, {
      side: 'israel',
      source: 'acled',
      coverage: { from: '2023-10-15', to: '2023-12-07' },
    });
    for (const summary of summaries) expect(PhaseSummarySchema.parse(summary)).toEqual(summary);
    const [before, truce, after] = summaries;
    // 15 Oct – 23 Nov: 40 covered days.
    expect(before).toMatchObject({ phaseId: 'before', days: 40, weeks: 6, total: 2 });
    expect(before?.weeklyMean).toBeCloseTo(2 / (40 / 7), 12);
    expect(before?.depth).toEqual({ count: 2, meanKm: 3, medianKm: 3, p90Km: 3.8 });
    expect(truce).toMatchObject({ days: 7, weeks: 1, total: 1, weeklyMean: 1 });
    expect(truce?.depth.count).toBe(0);
    // 1–7 Dec covered of a phase running to 10 Jan.
    expect(after).toMatchObject({ days: 7, weeks: 1, total: 1, weeklyMean: 1 });
  });

  it('gives a phase the source does not reach no weeks and a null mean', () => {
    const [summary] = summarisePhases([], [phases[2] as Phase], {
      side: 'hezbollah',
      source: 'alerts',
      coverage: { from: '2023-10-01', to: '2023-11-15' },
    });
    expect(summary).toMatchObject({ days: 0, weeks: 0, total: 0, weeklyMean: null });
  });
});

describe('RowTally and assertReconciled', () => {
  it('tallies read, kept and rejected rows', () => {
    const tally = new RowTally();
    for (let i = 0; i < 5; i++) tally.readRow();
    tally.keep();
    tally.keep();
    tally.keep();
    tally.reject('outside period');
    tally.reject('bad latitude');
    tally.unkeep('duplicate');
    const counts = tally.counts();
    expect(counts).toEqual({
      read: 5,
      kept: 2,
      rejected: { 'bad latitude': 1, duplicate: 1, 'outside period': 1 },
    });
    expect(Object.keys(counts.rejected)).toEqual(['bad latitude', 'duplicate', 'outside period']);
    expect(rejectedTotal(counts)).toBe(3);
  });

  it('refuses to report a tally that does not add up', () => {
    const tally = new RowTally();
    tally.readRow();
    tally.readRow();
    tally.keep();
    expect(() => tally.counts()).toThrow('rows do not reconcile: read 2 ≠ kept 1 + rejected 0');
    expect(() => {
      assertReconciled({ read: 3, kept: 1, rejected: { a: 1 } });
    }).toThrow(InvalidArgumentError);
    expect(() => {
      assertReconciled({ read: 3, kept: 1, rejected: { a: 1, b: 1 } });
    }).not.toThrow();
  });

  it('refuses empty reasons and unkeeping nothing, leaving the tally intact', () => {
    const tally = new RowTally();
    tally.readRow();
    tally.keep();
    expect(() => {
      tally.reject('');
    }).toThrow(InvalidArgumentError);
    expect(() => {
      tally.unkeep('  ');
    }).toThrow(InvalidArgumentError);
    expect(tally.counts()).toEqual({ read: 1, kept: 1, rejected: {} });
    expect(() => {
      new RowTally().unkeep('duplicate');
    }).toThrow('no kept row');
  });
});

describe('withinTolerance', () => {
  it('judges relative, absolute and floor tolerances', () => {
    expect(withinTolerance(105, 100, { kind: 'relative', value: 0.05 })).toBe(true);
    expect(withinTolerance(105.01, 100, { kind: 'relative', value: 0.05 })).toBe(false);
    expect(withinTolerance(-95, -100, { kind: 'relative', value: 0.05 })).toBe(true);
    expect(withinTolerance(4.5, 4, { kind: 'absolute', value: 1 })).toBe(true);
    expect(withinTolerance(2.9, 4, { kind: 'absolute', value: 1 })).toBe(false);
    expect(withinTolerance(850, 700, { kind: 'exceeds' })).toBe(true);
    expect(withinTolerance(700, 700, { kind: 'exceeds' })).toBe(false);
  });
});
