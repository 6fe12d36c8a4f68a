/**
 * How counts become marks on the map. Presentation only.
 *
 * Cells are coloured by events per week over the map's period, so a single week and a
 * 47-week total read on one scale. UCDP's fatal events are a different measure (events with
 * at least one death, from another source) and get their own hue.
 */

export interface HexClass {
  readonly min: number;
  readonly label: string;
  readonly colour: string;
}

/** ACLED strikes per cell per week. */
export const HEX_CLASSES: readonly HexClass[] = [
  { min: 0, label: '<0.5', colour: '#c6dbef' },
  { min: 0.5, label: '0.5–2', colour: '#9ecae1' },
  { min: 2, label: '2–5', colour: '#4a98c9' },
  { min: 5, label: '5–15', colour: '#1764ab' },
  { min: 15, label: '15+', colour: '#08306b' },
];

/** UCDP fatal events per cell per week: purples, never ACLED's blues. */
export const FATAL_CLASSES: readonly HexClass[] = [
  { min: 0, label: '<0.25', colour: '#dadaeb' },
  { min: 0.25, label: '0.25–1', colour: '#bcbddc' },
  { min: 1, label: '1–2', colour: '#9e9ac8' },
  { min: 2, label: '2–5', colour: '#756bb1' },
  { min: 5, label: '5+', colour: '#54278f' },
];

/** The fill of a cell with `perWeek` events a week, on the given classes. */
export function hexColour(perWeek: number, classes: readonly HexClass[] = HEX_CLASSES): string {
  let colour = classes[0]?.colour ?? '#ccc';
  for (const hexClass of classes) if (perWeek >= hexClass.min) colour = hexClass.colour;
  return colour;
}

/**
 * Ring radius in screen pixels for a cell with `perWeek` alert events a week: area grows with
 * the rate. `scale` shrinks rings on small maps so they do not bury the line and the names.
 */
export function ringRadius(perWeek: number, scale = 1): number {
  return scale * Math.min(13, 2.5 + 2.4 * Math.sqrt(perWeek));
}

/** Ring sizes shown in the legend, events per week. */
export const RING_LEGEND = [1, 5] as const;

/**
 * ACLED Hezbollah attacks in Israel per cell per week: the strikes' classes (the same measure,
 * from the same source) on an orange scale, the side's colour.
 */
export const HEZBOLLAH_CLASSES: readonly HexClass[] = HEX_CLASSES.map((hexClass, index) => ({
  ...hexClass,
  colour: ['#fde0c5', '#f9b88a', '#e98a4f', '#c75d1f', '#8a3a0b'][index] ?? hexClass.colour,
}));
