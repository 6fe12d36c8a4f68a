import type { Belligerent, DatedDistance, IncidentKind, SeriesSource } from '@blueline/core';

/**
 * One event of one weekly series, as every aggregate needs it: its date, its distance from the
 * Blue Line (`null` when it is not located precisely enough), and where to draw it.
 */
export interface SeriesEvent extends DatedDistance {
  readonly side: Belligerent;
  readonly source: SeriesSource;
  readonly lat: number;
  readonly lon: number;
  /** Whether the location is precise enough to map and measure (core `isMappable`). */
  readonly mappable: boolean;
  /** Deaths attributed to the event (ACLED fatalities, UCDP best); 0 for alerts. */
  readonly deaths: number;
  /** The kind of violence where the source says (ACLED); `null` otherwise. */
  readonly kind: IncidentKind | null;
}

/** A weekly series: its events and the dates its source covers. */
export interface SeriesSpec {
  readonly side: Belligerent;
  readonly source: SeriesSource;
  readonly coverage: { readonly from: string; readonly to: string };
  readonly events: readonly SeriesEvent[];
}

/** Finds one series by side and source. */
export function findSeries(
  series: readonly SeriesSpec[],
  side: Belligerent,
  source: SeriesSource,
): SeriesSpec | undefined {
  return series.find((spec) => spec.side === side && spec.source === source);
}
