import { z } from 'zod';

/** Every side an event can be attributed to. */
export const SIDES = ['israel', 'hezbollah', 'iran', 'other'] as const;

/**
 * Who carried out an event. `other` covers every actor that is none of the three
 * belligerents (Lebanese army, protesters, Palestinian factions, clans, unidentified groups).
 */
export const SideSchema = z.enum(SIDES);
/** Who carried out an event. */
export type Side = z.infer<typeof SideSchema>;

/** The two sides whose fire across the Blue Line the project counts. */
export const BELLIGERENTS = ['israel', 'hezbollah'] as const;
/** The two sides whose fire across the Blue Line the project counts. */
export const BelligerentSchema = z.enum(BELLIGERENTS);
/** The two sides whose fire across the Blue Line the project counts. */
export type Belligerent = z.infer<typeof BelligerentSchema>;

/** The two countries either side of the Blue Line. */
export const COUNTRIES = ['lebanon', 'israel'] as const;
/** Which side of the Blue Line a point lies on. */
export const BlueLineSideSchema = z.enum(COUNTRIES);
/** Which side of the Blue Line a point lies on. */
export type BlueLineSide = z.infer<typeof BlueLineSideSchema>;
