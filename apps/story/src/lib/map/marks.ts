/** How counts become marks on the map. Presentation only. */

/** Colour classes for hex cells: fixed breaks, so one legend serves a week and a year alike. */
export const HEX_CLASSES = [
  { min: 1, label: '1', colour: '#c6dbef' },
  { min: 2, label: '2–4', colour: '#9ecae1' },
  { min: 5, label: '5–14', colour: '#4a98c9' },
  { min: 15, label: '15–49', colour: '#1764ab' },
  { min: 50, label: '50+', colour: '#08306b' },
] as const;

/** The fill of a hex cell with `count` events. */
export function hexColour(count: number): string {
  let colour: string = HEX_CLASSES[0].colour;
  for (const hexClass of HEX_CLASSES) if (count >= hexClass.min) colour = hexClass.colour;
  return colour;
}

/** Ring radius in screen pixels for a cell with `count` alert events: area grows with count. */
export function ringRadius(count: number): number {
  return Math.min(15, 2.5 + 1.5 * Math.sqrt(count));
}

/** The same classes on an orange scale, for ACLED Hezbollah attacks located in Israel. */
export const HEZBOLLAH_HEX_COLOURS = [
  '#fde0c5',
  '#f9b88a',
  '#e98a4f',
  '#c75d1f',
  '#8a3a0b',
] as const;

/** The fill of a hex cell in Israel with `count` ACLED Hezbollah attacks. */
export function hezbollahHexColour(count: number): string {
  let colour: string = HEZBOLLAH_HEX_COLOURS[0];
  HEX_CLASSES.forEach((hexClass, index) => {
    if (count >= hexClass.min) colour = HEZBOLLAH_HEX_COLOURS[index] ?? colour;
  });
  return colour;
}
