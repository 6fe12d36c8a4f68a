import type { Belligerent, Side } from '../schemas/side.js';

/**
 * Where a side's events must be located to count as this front's fire. An ACLED export may
 * cover the whole region; Israeli strikes in Syria, Gaza, the West Bank, Iraq, Iran or Yemen are
 * other fronts, and counting them would inflate the Lebanon series.
 */
export interface TheatreRule {
  readonly side: Belligerent;
  /** ACLED `country` values (the country where the event happened). */
  readonly countries: readonly string[];
  readonly description: string;
}

/** The default theatre: Israeli strikes in Lebanon; Hezbollah attacks in Lebanon or Israel. */
export const DEFAULT_THEATRE_RULES: Readonly<Record<Belligerent, TheatreRule>> = {
  israel: {
    side: 'israel',
    countries: ['Lebanon'],
    description:
      'Israeli strikes count where ACLED locates them in Lebanon; strikes elsewhere belong to other fronts.',
  },
  hezbollah: {
    side: 'hezbollah',
    countries: ['Lebanon', 'Israel'],
    description:
      'Hezbollah attacks count where ACLED locates them in Lebanon (clashes with Israeli forces) or in Israel (fire across the line, located where it landed).',
  },
};

/**
 * Whether an event of `side` located in ACLED `country` belongs to the Israel–Hezbollah front.
 * Sides without a rule (Iran, other) never do.
 * @example inTheatre({ side: 'israel', country: 'Syria' }) // false
 */
export function inTheatre(
  event: { readonly side: Side; readonly country: string },
  rules: Readonly<Partial<Record<Side, TheatreRule>>> = DEFAULT_THEATRE_RULES,
): boolean {
  const rule = rules[event.side];
  return rule !== undefined && rule.countries.includes(event.country);
}
