import type { AcledStrikes } from './acled-strikes.js';
import type { SeriesSpec } from './series-event.js';

/**
 * The map's ground-war layer: ACLED armed clashes between Israel and Hezbollah that the Blue
 * Line places in Lebanon (core `countsAsGroundClash`), gathered from every ACLED part (each
 * keeps only its own side of a version seam), whichever side ACLED lists first. Side `israel`
 * (the Lebanese side of the line, as the strike series), source `acled-clashes`, over the
 * Israeli series' coverage.
 */
export function groundClashSeries(
  parts: readonly AcledStrikes[],
  coverage: { readonly from: string; readonly to: string },
): SeriesSpec {
  return {
    side: 'israel',
    source: 'acled-clashes',
    coverage,
    events: parts.flatMap((part) => part.groundClashes),
  };
}
