import { describe, expect, it } from 'vitest';
import {
  ACLED_COLUMNS,
  ACLED_LEBANON_SEAM,
  ACLED_OPTIONAL_COLUMNS,
  ACLED_REQUIRED_COLUMNS,
  applyCompleteness,
  compareWeeklySeries,
  DEFAULT_THEATRE_RULES,
  inTheatre,
  isOffshoreAcledLocation,
  resolveCompleteness,
  sideOfAcledEvent,
  versionForDate,
  weeklySeries,
  type CompletenessManifest,
} from '../src/index.js';

const manifest: CompletenessManifest = {
  id: 'later-partial',
  file: 'later.csv',
  sha256: 'a'.repeat(64),
  series: ['israel/acled'],
  lowerBound: { fromWeek: '2024-11-10', toWeek: '2024-11-17' },
  statement: 'Part of the file is unread.',
};

describe('ACLED subset columns', () => {
  it('requires only the columns the rules read', () => {
    expect(ACLED_REQUIRED_COLUMNS).not.toContain('admin2');
    expect(ACLED_REQUIRED_COLUMNS).toContain('assoc_actor_1');
    expect(ACLED_REQUIRED_COLUMNS).toContain('location');
    expect([...ACLED_REQUIRED_COLUMNS, ...ACLED_OPTIONAL_COLUMNS].sort()).toEqual(
      [...ACLED_COLUMNS].sort(),
    );
  });
});

describe('the Lebanon version seam', () => {
  it('takes the last full day from the earlier export and the next day from the later one', () => {
    expect(ACLED_LEBANON_SEAM.lastDayOfEarlier).toBe('2024-10-11');
    expect(ACLED_LEBANON_SEAM.firstDayOfLater).toBe('2024-10-12');
    expect(versionForDate('2024-10-11', ACLED_LEBANON_SEAM.lastDayOfEarlier)).toBe('earlier');
    expect(versionForDate('2024-10-12', ACLED_LEBANON_SEAM.lastDayOfEarlier)).toBe('later');
  });
});

describe('the Hezbollah counting rule', () => {
  it('counts Hezbollah fire located in Israel only', () => {
    expect(inTheatre({ side: 'hezbollah', country: 'Israel' })).toBe(true);
    expect(inTheatre({ side: 'hezbollah', country: 'Lebanon' })).toBe(false);
    expect(inTheatre({ side: 'hezbollah', country: 'Syria' })).toBe(false);
    expect(DEFAULT_THEATRE_RULES.hezbollah.countries).toEqual(['Israel']);
  });

  it('leaves other Lebanon-based groups and the Islamic Resistance in Iraq out', () => {
    for (const actor1 of ['Hamas Movement', 'Amal Movement', 'Islamic Resistance in Iraq']) {
      expect(sideOfAcledEvent({ actor1, assocActor1: null })).toBe('other');
    }
    expect(sideOfAcledEvent({ actor1: 'Hezbollah', assocActor1: null })).toBe('hezbollah');
  });

  it('recognises the offshore placeholder point', () => {
    expect(isOffshoreAcledLocation('Eastern Mediterranean Sea')).toBe(true);
    expect(isOffshoreAcledLocation(' Eastern Mediterranean Sea ')).toBe(true);
    expect(isOffshoreAcledLocation('Haifa')).toBe(false);
    expect(isOffshoreAcledLocation(null)).toBe(false);
  });
});

describe('completeness manifests', () => {
  const rows = weeklySeries([], {
    side: 'israel',
    source: 'acled',
    from: '2024-11-03',
    to: '2024-11-30',
  });

  it('flags the manifest’s weeks when the file is the version it describes', () => {
    const note = resolveCompleteness(manifest, {
      sha256: 'a'.repeat(64),
      coverage: { from: '2024-10-12', to: '2024-12-31' },
    });
    expect(note).toMatchObject({ id: 'later-partial', basis: 'manifest', fromWeek: '2024-11-10' });
    const flagged = applyCompleteness(rows, [note]).map(
      (row) => `${row.weekStart} ${row.completeness} ${row.completenessNote ?? '-'}`,
    );
    expect(flagged).toEqual([
      '2024-11-03 complete -',
      '2024-11-10 lower-bound later-partial',
      '2024-11-17 lower-bound later-partial',
      '2024-11-24 complete -',
    ]);
  });

  it('treats the manifest as stale for another file version and flags every covered week', () => {
    const note = resolveCompleteness(manifest, {
      sha256: 'b'.repeat(64),
      coverage: { from: '2024-10-12', to: '2024-11-28' },
    });
    expect(note).toMatchObject({
      id: 'later-partial-stale',
      basis: 'stale-manifest',
      fromWeek: '2024-10-06',
      toWeek: '2024-11-24',
    });
    expect(note.text).toContain('b'.repeat(64));
    const flagged = applyCompleteness(rows, [note]);
    expect(flagged.every((row) => row.completeness === 'lower-bound')).toBe(true);
  });

  it('leaves other series alone', () => {
    const alerts = weeklySeries([], {
      side: 'hezbollah',
      source: 'alerts',
      from: '2024-11-10',
      to: '2024-11-16',
    });
    const note = resolveCompleteness(manifest, {
      sha256: 'a'.repeat(64),
      coverage: { from: '2024-10-12', to: '2024-12-31' },
    });
    expect(applyCompleteness(alerts, [note])[0]?.completeness).toBe('complete');
  });
});

describe('compareWeeklySeries', () => {
  it('correlates counts over every week and depths where both have one', () => {
    const options = { side: 'hezbollah', from: '2024-01-07', to: '2024-01-27' } as const;
    const a = weeklySeries(
      [
        { date: '2024-01-07', distanceKm: 1 },
        { date: '2024-01-14', distanceKm: 2 },
        { date: '2024-01-15', distanceKm: 4 },
        { date: '2024-01-21', distanceKm: null },
      ],
      { ...options, source: 'acled' },
    );
    const b = weeklySeries(
      [
        { date: '2024-01-08', distanceKm: 2 },
        { date: '2024-01-16', distanceKm: 4 },
        { date: '2024-01-17', distanceKm: 8 },
        { date: '2024-01-22', distanceKm: 5 },
      ],
      { ...options, source: 'alerts' },
    );
    const lens = compareWeeklySeries(a, b, '2024-01-07', '2024-01-21');
    expect(lens.weeks.map((week) => [week.countA, week.countB])).toEqual([
      [1, 1],
      [2, 2],
      [1, 1],
    ]);
    expect(lens.countCorrelation).toBeCloseTo(1, 10);
    expect(lens.depthWeeks).toBe(2);
    expect(lens.meanDepthCorrelation).toBeCloseTo(1, 10);
  });

  it('refuses a week missing from one series', () => {
    const a = weeklySeries([], {
      side: 'israel',
      source: 'acled',
      from: '2024-01-07',
      to: '2024-01-13',
    });
    const b = weeklySeries([], {
      side: 'israel',
      source: 'ucdp',
      from: '2024-01-07',
      to: '2024-01-20',
    });
    expect(() => compareWeeklySeries(a, b, '2024-01-07', '2024-01-20')).toThrow(/missing/);
  });
});
