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

/**
 * The default theatre: Israeli strikes located in Lebanon; Hezbollah attacks located in Israel
 * (fire across the line, where it landed: CSIS's "Hezbollah attacks" and their depth into
 * Israel). Hezbollah events ACLED locates in Lebanon (clashes with Israeli troops on Lebanese
 * soil) have no depth into Israel and are left out of the series (`not-counted:outside-theatre`).
 * The occupied Golan Heights are coded by ACLED to Syria, so fire on them is outside too.
 */
export const DEFAULT_THEATRE_RULES: Readonly<Record<Belligerent, TheatreRule>> = {
  israel: {
    side: 'israel',
    countries: ['Lebanon'],
    description:
      'Israeli strikes count where ACLED locates them in Lebanon; strikes elsewhere belong to other fronts.',
  },
  hezbollah: {
    side: 'hezbollah',
    countries: ['Israel'],
    description:
      'Hezbollah attacks count where ACLED locates them in Israel (fire across the line, located where it landed). Hezbollah events located in Lebanon (clashes on Lebanese soil) and on the Golan Heights (ACLED codes the Golan to Syria) are outside.',
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
