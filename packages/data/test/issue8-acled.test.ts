import {
  ACLED_LEBANON_SEAM,
  ACLED_REQUIRED_COLUMNS,
  createBlueLineMeasure,
  InputError,
  rejectedTotal,
} from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { acledStrikes } from '../src/compose/acled-strikes.js';
import { loadAcled } from '../src/loaders/acled/load-acled.js';
import { fixture } from './helpers.js';

// A straight line at 33.1° N from the coast to the east: points north of it are in Lebanon.
const BLUE_LINE = createBlueLineMeasure([
  [35.1, 33.09],
  [35.6, 33.1],
  [35.85, 33.4],
]);
const SEAM = ACLED_LEBANON_SEAM.lastDayOfEarlier;

describe('ACLED subset exports', () => {
  it('loads a file without admin2, admin3, notes or inter codes', async () => {
    const load = await loadAcled([fixture('acled', 'israel-subset.csv')]);
    expect(load.counts).toEqual({ read: 8, kept: 7, rejected: { 'out-of-period': 1 } });
    const ids = [...load.store.incidents()].map((event) => event.incident.id);
    expect(ids).toHaveLength(7);
    expect([...load.store.incidents()][0]?.incident.location.admin2).toBeNull();
  });

  it('names every missing required column, and only those', async () => {
    const error = await loadAcled([fixture('acled', 'subset-missing-required.csv')]).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).toContain('assoc_actor_1');
    expect(message).toContain('location');
    expect(message).not.toContain('admin2');
    expect(message).toContain('subset-missing-required.csv');
    expect(ACLED_REQUIRED_COLUMNS).not.toContain('admin1');
  });
});

describe('Hezbollah attacks located in Israel', () => {
  it('counts Hezbollah fire, leaves other actors out, and measures only on-land points', async () => {
    const load = await loadAcled([fixture('acled', 'israel-subset.csv')]);
    const strikes = acledStrikes(load, BLUE_LINE);
    expect(strikes.hezbollah.map((event) => event.date)).toEqual([
      '2024-01-02',
      '2024-01-03',
      '2024-01-03',
      '2024-01-04',
    ]);
    // The offshore point and the region-level row count, but get no distance and no cell.
    const unmeasured = strikes.hezbollah.filter((event) => event.distanceKm === null);
    expect(unmeasured).toHaveLength(2);
    expect(unmeasured.every((event) => !event.mappable)).toBe(true);
    expect(strikes.offshore).toBe(1);
    expect(strikes.unmeasured).toBe(1);
    const measured = strikes.hezbollah.filter((event) => event.distanceKm !== null);
    expect(measured.every((event) => event.mappable && (event.distanceKm ?? 0) > 0)).toBe(true);
    expect(strikes.counts.rejected).toMatchObject({
      'not-counted:side-other': 2,
      'not-counted:outside-theatre': 1,
      'out-of-period': 1,
    });
    expect(strikes.counts.read).toBe(strikes.counts.kept + rejectedTotal(strikes.counts));
    expect(strikes.counts.kept).toBe(4);
  });

  it('splits off the late claims, and the split sums to the total', async () => {
    const load = await loadAcled([fixture('acled', 'israel-subset.csv')]);
    // ISRT8 is flagged but out of the period: only ISRT2 and ISRT4 are flagged and kept.
    expect([...load.lateClaimIds].sort()).toEqual(['ISRT2', 'ISRT4', 'ISRT8']);
    const strikes = acledStrikes(load, BLUE_LINE);
    const flagged = strikes.hezbollah.length - strikes.hezbollahExclLateClaims.length;
    expect(flagged).toBe(2);
    expect(strikes.hezbollahExclLateClaims.length + flagged).toBe(strikes.hezbollah.length);
    expect(
      strikes.hezbollahExclLateClaims.every((e) => e.source === 'acled-excl-late-claims'),
    ).toBe(true);
  });

  it('reads no late claims from files without the column', async () => {
    const load = await loadAcled([fixture('acled', 'mixed.csv')]);
    expect(load.lateClaimIds.size).toBe(0);
  });
});

describe('the Lebanon version seam', () => {
  it('rejects, with a reason, later-version rows dated up to the seam', async () => {
    const load = await loadAcled([fixture('acled', 'lebanon-later-subset.csv')]);
    const later = acledStrikes(load, BLUE_LINE, { side: 'later', lastDayOfEarlier: SEAM });
    expect(later.israel.map((event) => event.date)).toEqual(['2024-10-12', '2024-11-20']);
    expect(later.counts.rejected).toEqual({ 'before-version-seam': 1 });
    expect(later.counts.read).toBe(later.counts.kept + rejectedTotal(later.counts));
  });

  it('rejects earlier-version rows dated after the seam', async () => {
    const load = await loadAcled([fixture('acled', 'lebanon-later-subset.csv')]);
    const earlier = acledStrikes(load, BLUE_LINE, { side: 'earlier', lastDayOfEarlier: SEAM });
    expect(earlier.israel.map((event) => event.date)).toEqual(['2024-10-11']);
    expect(earlier.counts.rejected).toEqual({ 'after-version-seam': 2 });
  });
});
