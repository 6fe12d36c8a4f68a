import { describe, expect, it } from 'vitest';
import {
  countsAsGroundClash,
  type ActorSideRule,
  countsAsStrike,
  DEFAULT_ACTOR_SIDE_RULES,
  DEFAULT_COUNTING_RULES,
  incidentKindOf,
  InvalidArgumentError,
  isMappable,
  precisionOfAcled,
  precisionOfUcdp,
  sideOfAcledEvent,
  sideOfActor,
} from '../src/index.js';

describe('actor → side', () => {
  it('maps realistic ACLED actor names by prefix', () => {
    expect(sideOfActor('Military Forces of Israel (2022-)')).toBe('israel');
    expect(sideOfActor('Military Forces of Israel (2022-) Mossad')).toBe('israel');
    expect(sideOfActor('Military Forces of Israel (2022-) Special Forces')).toBe('israel');
    expect(sideOfActor('Police Forces of Israel (2022-)')).toBe('israel');
    expect(sideOfActor('Hezbollah')).toBe('hezbollah');
    expect(sideOfActor('  Hezbollah ')).toBe('hezbollah');
    expect(sideOfActor('Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps')).toBe(
      'iran',
    );
    expect(sideOfActor('Islamic Revolutionary Guard Corps')).toBe('iran');
  });

  it('leaves everyone else unmatched', () => {
    expect(sideOfActor('Military Forces of Lebanon (2021-)')).toBeNull();
    expect(sideOfActor('Protesters (Lebanon)')).toBeNull();
    expect(sideOfActor('Amal Movement')).toBeNull();
    expect(sideOfActor('Hamas Movement')).toBeNull();
    expect(sideOfActor('Unidentified Armed Group (Lebanon)')).toBeNull();
    // Prefix rules: a mention later in the name does not count.
    expect(sideOfActor('Civilians (Lebanon) Hezbollah')).toBeNull();
    expect(sideOfActor('Former Military Forces of Israel')).toBeNull();
  });

  it('lets actor1 decide, then associated actors in ACLED order, else other', () => {
    expect(
      sideOfAcledEvent({ actor1: 'Military Forces of Israel (2022-)', assocActor1: null }),
    ).toBe('israel');
    expect(
      sideOfAcledEvent({
        actor1: 'Protesters (Lebanon)',
        assocActor1: 'Hezbollah; Students (Lebanon)',
      }),
    ).toBe('hezbollah');
    expect(
      sideOfAcledEvent({
        actor1: 'Protesters (Lebanon)',
        assocActor1: 'Students (Lebanon); Hezbollah',
      }),
    ).toBe('hezbollah');
    // actor1 wins over an associated actor of another side.
    expect(
      sideOfAcledEvent({ actor1: 'Hezbollah', assocActor1: 'Military Forces of Iran (1989-)' }),
    ).toBe('hezbollah');
    expect(
      sideOfAcledEvent({ actor1: 'Military Forces of Lebanon (2021-)', assocActor1: null }),
    ).toBe('other');
    expect(
      sideOfAcledEvent({ actor1: 'Protesters (Lebanon)', assocActor1: 'Students (Lebanon); ;' }),
    ).toBe('other');
  });

  it('accepts custom rules, first match winning', () => {
    const rules: ActorSideRule[] = [
      { side: 'other', pattern: /^Hezbollah\b/, description: 'test override' },
      ...DEFAULT_ACTOR_SIDE_RULES,
    ];
    expect(sideOfActor('Hezbollah', rules)).toBe('other');
    expect(sideOfActor('Military Forces of Israel (2022-)', rules)).toBe('israel');
  });
});

describe('counting rules', () => {
  it('counts fighting event types for both belligerents only', () => {
    expect(countsAsStrike({ side: 'israel', eventType: 'Explosions/Remote violence' })).toBe(true);
    expect(countsAsStrike({ side: 'israel', eventType: 'Battles' })).toBe(true);
    expect(countsAsStrike({ side: 'hezbollah', eventType: 'Explosions/Remote violence' })).toBe(
      true,
    );
    expect(countsAsStrike({ side: 'israel', eventType: 'Strategic developments' })).toBe(false);
    expect(countsAsStrike({ side: 'israel', eventType: 'Violence against civilians' })).toBe(false);
    expect(countsAsStrike({ side: 'iran', eventType: 'Explosions/Remote violence' })).toBe(false);
    expect(countsAsStrike({ side: 'other', eventType: 'Battles' })).toBe(false);
  });

  it('takes custom rules', () => {
    const rules = {
      israel: { ...DEFAULT_COUNTING_RULES.israel, eventTypes: ['Strategic developments'] },
    };
    expect(countsAsStrike({ side: 'israel', eventType: 'Strategic developments' }, rules)).toBe(
      true,
    );
    expect(countsAsStrike({ side: 'hezbollah', eventType: 'Battles' }, rules)).toBe(false);
  });
});

describe('incident kinds', () => {
  it('maps ACLED sub-event types, then event types', () => {
    const cases: [string, string, string][] = [
      ['Explosions/Remote violence', 'Air/drone strike', 'air_drone_strike'],
      [
        'Explosions/Remote violence',
        'Shelling/artillery/missile attack',
        'shelling_artillery_missile',
      ],
      ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'remote_explosive'],
      ['Explosions/Remote violence', 'Grenade', 'remote_explosive'],
      ['Battles', 'Armed clash', 'armed_clash'],
      ['Battles', 'Government regains territory', 'armed_clash'],
      ['Battles', 'Some new battle sub-type', 'armed_clash'],
      ['Violence against civilians', 'Attack', 'attack'],
      ['Strategic developments', 'Disrupted weapons use', 'strategic_development'],
      ['Protests', 'Peaceful protest', 'unspecified'],
    ];
    for (const [type, sub, kind] of cases) expect(incidentKindOf(type, sub), sub).toBe(kind);
  });

  it('does not find Object.prototype members', () => {
    expect(incidentKindOf('Protests', 'constructor')).toBe('unspecified');
    expect(incidentKindOf('Protests', 'toString')).toBe('unspecified');
    expect(incidentKindOf('Protests', '__proto__')).toBe('unspecified');
  });
});

describe('location precision', () => {
  it('maps ACLED geo_precision', () => {
    expect(precisionOfAcled(1)).toBe('point');
    expect(precisionOfAcled(2)).toBe('area');
    expect(precisionOfAcled(3)).toBe('province');
    expect(() => precisionOfAcled(0)).toThrow(InvalidArgumentError);
    expect(() => precisionOfAcled(4)).toThrow('not an ACLED code');
  });

  it('maps UCDP where_prec', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(precisionOfUcdp)).toEqual([
      'point',
      'area',
      'district',
      'province',
      'province',
      'country',
      'country',
    ]);
    expect(() => precisionOfUcdp(8)).toThrow(InvalidArgumentError);
    expect(() => precisionOfUcdp(Number.NaN)).toThrow(InvalidArgumentError);
  });

  it('maps only precise-enough locations', () => {
    expect(isMappable('point')).toBe(true);
    expect(isMappable('area')).toBe(true);
    expect(isMappable('district')).toBe(true);
    expect(isMappable('province')).toBe(false);
    expect(isMappable('country')).toBe(false);
  });
});

describe('countsAsGroundClash', () => {
  it('takes armed clashes on the Lebanese side of the line, whichever side ACLED lists first', () => {
    expect(countsAsGroundClash({ side: 'israel', kind: 'armed_clash', lineSide: 'lebanon' })).toBe(
      true,
    );
    expect(
      countsAsGroundClash({ side: 'hezbollah', kind: 'armed_clash', lineSide: 'lebanon' }),
    ).toBe(true);
  });

  it('leaves out strikes, clashes in Israel, unlocated events and other actors', () => {
    expect(
      countsAsGroundClash({ side: 'israel', kind: 'air_drone_strike', lineSide: 'lebanon' }),
    ).toBe(false);
    expect(
      countsAsGroundClash({ side: 'hezbollah', kind: 'armed_clash', lineSide: 'israel' }),
    ).toBe(false);
    expect(countsAsGroundClash({ side: 'israel', kind: 'armed_clash', lineSide: null })).toBe(
      false,
    );
    expect(countsAsGroundClash({ side: 'other', kind: 'armed_clash', lineSide: 'lebanon' })).toBe(
      false,
    );
  });
});
