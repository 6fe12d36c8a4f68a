import { z } from 'zod';
import {
  BaselineRatioSchema,
  DatedSeriesSchema,
  DistanceHistogramSchema,
  HexCellGeometrySchema,
  HexCellWeekSchema,
  PhaseSummarySchema,
  WeeklyRowSchema,
} from './aggregates.js';
import type { DatedSeries, DistanceHistogram, WeeklyRow } from './aggregates.js';
import type { GeographyTopology } from './geography-topology.js';
import { PhaseSchema } from './phase.js';
import {
  CountSchema,
  IsoDateSchema,
  KmSchema,
  LatitudeSchema,
  LongitudeSchema,
} from './primitives.js';
import { ProvenanceSchema, type Provenance } from './provenance.js';
import { BlueLineSideSchema } from './side.js';
import {
  FigureQualifierSchema,
  KeyEventSchema,
  KeyFigureSchema,
  SourceRefSchema,
  type KeyEvent,
  type KeyFigure,
} from './timeline.js';

/** `weekly.json`: every week of every (side, source) series, zero-filled. */
export const WeeklySnapshotSchema = z.array(WeeklyRowSchema);

/** `histograms.json`: distance histograms per side, source and period. */
export const HistogramsSnapshotSchema = z.array(DistanceHistogramSchema);

/** `hex-cells.json`: weekly counts per H3 cell, with each cell's geometry listed once. */
export const HexCellsSnapshotSchema = z.object({
  resolution: z.number().int().min(0).max(15),
  cells: z.array(HexCellGeometrySchema),
  weeks: z.array(HexCellWeekSchema),
});
/** `hex-cells.json`. */
export type HexCellsSnapshot = z.infer<typeof HexCellsSnapshotSchema>;

/** `phases.json`: the named periods and each one's totals. */
export const PhasesSnapshotSchema = z.object({
  phases: z.array(PhaseSchema).min(1),
  summaries: z.array(PhaseSummarySchema),
});
/** `phases.json`. */
export type PhasesSnapshot = z.infer<typeof PhasesSnapshotSchema>;

/** `series.json`: casualty and displacement series. */
export const SeriesSnapshotSchema = z.array(DatedSeriesSchema);

/** `timeline.json`: key events in date order. */
export const TimelineSnapshotSchema = z.array(KeyEventSchema);

/** `key-figures.json`: sourced figures quoted in the story. */
export const KeyFiguresSnapshotSchema = z.array(KeyFigureSchema);

/** A labelled place for maps. */
export const MapPlaceSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  lat: LatitudeSchema,
  lon: LongitudeSchema,
  country: BlueLineSideSchema,
  /** Distance from the approximate Blue Line. */
  distanceKm: z.number().nonnegative(),
  /** 1 = always labelled, 3 = only on zoomed-in maps. */
  rank: z.number().int().min(1).max(3),
});
/** A labelled place for maps. */
export type MapPlace = z.infer<typeof MapPlaceSchema>;

/** `places.json`. */
export const PlacesSnapshotSchema = z.array(MapPlaceSchema);

/** How a reproduced number is judged against the number CSIS published. */
export const ToleranceSchema = z.discriminatedUnion('kind', [
  /** Within ±value × CSIS's number. */
  z.object({ kind: z.literal('relative'), value: z.number().positive() }),
  /** Within ±value of CSIS's number, in its unit. */
  z.object({ kind: z.literal('absolute'), value: z.number().positive() }),
  /** CSIS gave a floor ("more than 700"): the reproduction must exceed it. */
  z.object({ kind: z.literal('exceeds') }),
]);
/** How a reproduced number is judged against CSIS's. */
export type Tolerance = z.infer<typeof ToleranceSchema>;

/** One row of the "CSIS reported / we reproduce" table. */
export const CsisComparisonRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** What is measured, in our words. */
  measure: z.string().min(1),
  unit: z.string().min(1),
  csis: z.object({ value: z.number(), qualifier: FigureQualifierSchema, source: SourceRefSchema }),
  reproduced: z.object({ value: z.number() }),
  tolerance: ToleranceSchema,
  withinTolerance: z.boolean(),
  /** How the reproduced value was computed (series, rule, period). */
  method: z.string().min(1),
  /** Outside its tolerance: why, in one sentence; `null` when within it. */
  missExplanation: z.string().min(1).nullable(),
});
/** One row of the "CSIS reported / we reproduce" table. */
export type CsisComparisonRow = z.infer<typeof CsisComparisonRowSchema>;

/**
 * `csis.json`: the comparison table and the baseline ratios behind the "4.5×" claim. A figure the
 * data cannot reproduce — a user's own export that does not cover CSIS's periods, say — is listed
 * under `omitted` with the reason, never dropped silently or invented.
 */
export const CsisSnapshotSchema = z.object({
  comparisons: z.array(CsisComparisonRowSchema),
  ratios: z.array(
    BaselineRatioSchema.extend({
      id: z.string().min(1),
      label: z.string().min(1),
    }),
  ),
  omitted: z.array(
    z.object({
      id: z.string().min(1),
      /** What would have been compared. */
      measure: z.string().min(1),
      /** Why the data cannot reproduce it. */
      reason: z.string().min(1),
    }),
  ),
});
/** `csis.json`. */
export type CsisSnapshot = z.infer<typeof CsisSnapshotSchema>;

/** One week where ACLED and UCDP both have data. */
export const AgreementWeekSchema = z.object({
  weekStart: IsoDateSchema,
  acledFatalities: CountSchema,
  acledFatalEvents: CountSchema,
  ucdpDeaths: CountSchema,
  ucdpEvents: CountSchema,
});
/** One week where ACLED and UCDP both have data. */
export type AgreementWeek = z.infer<typeof AgreementWeekSchema>;

/** One week of an agreement lens: the two series' counts and mean depths. */
export const AgreementLensWeekSchema = z.object({
  weekStart: IsoDateSchema,
  countA: CountSchema,
  countB: CountSchema,
  meanKmA: KmSchema.nullable(),
  meanKmB: KmSchema.nullable(),
});

/** Two weekly series of one thing compared: Pearson correlations of counts and mean depths. */
export const AgreementLensSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  label: z.string().min(1),
  /** The series compared, as `side/source`. */
  seriesA: z.string().min(1),
  seriesB: z.string().min(1),
  from: IsoDateSchema,
  to: IsoDateSchema,
  countCorrelation: z.number().min(-1).max(1).nullable(),
  meanDepthCorrelation: z.number().min(-1).max(1).nullable(),
  /** Against UCDP only: weekly deaths and fatal-event counts, as in the main comparison. */
  deathsCorrelation: z.number().min(-1).max(1).nullable(),
  fatalEventsCorrelation: z.number().min(-1).max(1).nullable(),
  /** Weeks where both series have a mean depth (the depth correlation's sample). */
  depthWeeks: CountSchema,
  weeks: z.array(AgreementLensWeekSchema),
  notes: z.array(z.string()),
});
/** Two weekly series of one thing compared. */
export type AgreementLens = z.infer<typeof AgreementLensSchema>;

/** `agreement.json`: how ACLED (Israeli events) and UCDP (fatal events) compare where they overlap. */
export const AgreementSnapshotSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  /** Pearson correlation of weekly deaths; `null` if undefined (constant series). */
  deathsCorrelation: z.number().min(-1).max(1).nullable(),
  /** Pearson correlation of weekly fatal-event counts. */
  fatalEventsCorrelation: z.number().min(-1).max(1).nullable(),
  acledFatalities: CountSchema,
  ucdpDeaths: CountSchema,
  weeks: z.array(AgreementWeekSchema),
  notes: z.array(z.string()),
  /**
   * Other pairs of weekly series of one thing, compared the same way: ACLED Hezbollah attacks
   * against alert events, new-version ACLED Lebanon strikes against UCDP.
   */
  lenses: z.array(AgreementLensSchema),
});
/** `agreement.json`. */
export type AgreementSnapshot = z.infer<typeof AgreementSnapshotSchema>;

/** `provenance.json`. */
export const ProvenanceSnapshotSchema = ProvenanceSchema;

/** The snapshot's file names, in the order the pipeline writes them. */
export const SNAPSHOT_FILES = [
  'weekly.json',
  'histograms.json',
  'hex-cells.json',
  'phases.json',
  'series.json',
  'timeline.json',
  'key-figures.json',
  'places.json',
  'csis.json',
  'agreement.json',
  'geography.topo.json',
  'provenance.json',
] as const;
/** A snapshot file name. */
export type SnapshotFile = (typeof SNAPSHOT_FILES)[number];

/** Coverage of each series, so clients can mark where data ends. */
export const CoverageSchema = z.object({
  source: z.string().min(1),
  from: IsoDateSchema,
  to: IsoDateSchema,
});
/** Coverage of a series. */
export type Coverage = z.infer<typeof CoverageSchema>;

/**
 * The contents of every snapshot file, typed — what `@blueline/data`'s accessors hold. Apps
 * derive their own view from it (`Pick`/`Omit`) rather than restating it.
 */
export interface SnapshotContents {
  /** `weekly.json`. */
  readonly weekly: readonly WeeklyRow[];
  /** `histograms.json` (fine 1-km bins; re-bin with `rebin`). */
  readonly histograms: readonly DistanceHistogram[];
  /** `hex-cells.json`. */
  readonly hexCells: HexCellsSnapshot;
  /** `phases.json`. */
  readonly phases: PhasesSnapshot;
  /** `series.json`. */
  readonly series: readonly DatedSeries[];
  /** `timeline.json`. */
  readonly timeline: readonly KeyEvent[];
  /** `key-figures.json`. */
  readonly keyFigures: readonly KeyFigure[];
  /** `places.json`. */
  readonly places: readonly MapPlace[];
  /** `csis.json`. */
  readonly csis: CsisSnapshot;
  /** `agreement.json`. */
  readonly agreement: AgreementSnapshot;
  /** `geography.topo.json`. */
  readonly geography: GeographyTopology;
  /** `provenance.json`. */
  readonly provenance: Provenance;
}
