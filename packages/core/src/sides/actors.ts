import type { Side } from '../schemas/side.js';

/** Maps ACLED actor names that match `pattern` to `side`. */
export interface ActorSideRule {
  /** The side a matching actor belongs to. */
  readonly side: Side;
  /** Tested against the trimmed actor name; anchor it (`^`) to match prefixes. */
  readonly pattern: RegExp;
  /** Why the rule exists, for the methods section. */
  readonly description: string;
}

/**
 * ACLED actor names include the government's start year and sometimes a unit, e.g.
 * "Military Forces of Israel (2022-)" or "Military Forces of Israel (2022-) Mossad", so rules
 * match prefixes, not whole names. Rules are tried in order; the first match wins.
 */
export const DEFAULT_ACTOR_SIDE_RULES: readonly ActorSideRule[] = [
  {
    side: 'israel',
    pattern: /^(Military|Police) Forces of Israel\b/,
    description:
      'Israeli state forces, including units ACLED names separately (Mossad, special forces).',
  },
  {
    side: 'iran',
    pattern: /^(Military Forces of Iran\b|Islamic Revolutionary Guard Corps\b|IRGC\b)/,
    description: 'Iranian state forces, including the Islamic Revolutionary Guard Corps.',
  },
  {
    side: 'hezbollah',
    pattern: /^Hezbollah\b/,
    description: 'Hezbollah, as actor or associated actor.',
  },
];

/**
 * The side of one actor name, or `null` when no rule matches.
 * @example sideOfActor('Military Forces of Israel (2022-) Mossad') // 'israel'
 */
export function sideOfActor(
  actor: string,
  rules: readonly ActorSideRule[] = DEFAULT_ACTOR_SIDE_RULES,
): Side | null {
  const name = actor.trim();
  for (const rule of rules) if (rule.pattern.test(name)) return rule.side;
  return null;
}

/** The actor fields of an ACLED event that decide its side. */
export interface AcledActors {
  /** ACLED's `actor1`, the actor that carried out the event. */
  readonly actor1: string;
  /** ACLED's `assoc_actor_1`: several names joined by "; ", or `null`. */
  readonly assocActor1: string | null;
}

/**
 * The side that carried out an ACLED event: `actor1` decides; if it matches no rule, the first
 * associated actor (in ACLED's order) that matches decides; otherwise `other`.
 * @example sideOfAcledEvent({ actor1: 'Military Forces of Israel (2022-)', assocActor1: null }) // 'israel'
 * @example sideOfAcledEvent({ actor1: 'Protesters (Lebanon)', assocActor1: 'Hezbollah; Students (Lebanon)' }) // 'hezbollah'
 */
export function sideOfAcledEvent(
  actors: AcledActors,
  rules: readonly ActorSideRule[] = DEFAULT_ACTOR_SIDE_RULES,
): Side {
  const primary = sideOfActor(actors.actor1, rules);
  if (primary !== null) return primary;
  for (const name of (actors.assocActor1 ?? '').split(';')) {
    if (name.trim() === '') continue;
    const side = sideOfActor(name, rules);
    if (side !== null) return side;
  }
  return 'other';
}
