import { z } from 'zod';
import {
  CountSchema,
  IsoDateSchema,
  KmSchema,
  LatitudeSchema,
  LongitudeSchema,
  PositionSchema,
} from './primitives.js';
import { BelligerentSchema } from './side.js';

/**
 * The series a weekly count is computed from. ACLED and UCDP are never mixed.
 * `acled-excl-late-claims` is the late-claim sensitivity series: the ACLED events minus the rows
 * flagged `late_claim_batch` (ID blocks of late-added, largely unconfirmed Hezbollah War Media
 * claims); the headline `acled` series counts every row, as ACLED publishes it.
 * `acled-clashes` is a map layer only (hex cells, side `israel`, the Lebanese side of the line):
 * ACLED armed clashes between Israel and Hezbollah located in Lebanon (core
 * `countsAsGroundClash`), already counted in the two sides' `acled` series; it has no weekly rows.
 */
export const SERIES_SOURCES = [
  'acled',
  'ucdp',
  'alerts',
  'acled-excl-late-claims',
  'acled-clashes',
] as const;
/** The series a weekly count is computed from. */
export const SeriesSourceSchema = z.enum(SERIES_SOURCES);
/** The series a weekly count is computed from. */
export type SeriesSource = z.infer<typeof SeriesSourceSchema>;

/** Whether a week's count is complete or only a lower bound. */
export const COMPLETENESS = ['complete', 'lower-bound'] as const;
/** Whether a week's count is complete or only a lower bound. */
export const CompletenessSchema = z.enum(COMPLETENESS);
/** Whether a week's count is complete or only a lower bound. */
export type Completeness = z.infer<typeof CompletenessSchema>;

/** Summary of distances from the Blue Line. All `null` when there is nothing to summarise. */
export const DepthStatsSchema = z.object({
  count: CountSchema,
  meanKm: KmSchema.nullable(),
  medianKm: KmSchema.nullable(),
  p90Km: KmSchema.nullable(),
});
/** Summary of distances from the Blue Line. */
export type DepthStats = z.infer<typeof DepthStatsSchema>;

/**
 * One week of one side in one source: how many events and how far from the Blue Line they were.
 * Distances are `null` for weeks with no events (or no locatable events).
 */
export const WeeklyRowSchema = z.object({
  /** The first day of the week (a Sunday by default). */
  weekStart: IsoDateSchema,
  side: BelligerentSchema,
  source: SeriesSourceSchema,
  count: CountSchema,
  meanDistanceKm: KmSchema.nullable(),
  medianDistanceKm: KmSchema.nullable(),
  p90DistanceKm: KmSchema.nullable(),
  /**
   * `complete`, or `lower-bound` when the source is known to miss events in this week (the count
   * and depths are then a lower bound and a biased sample); charts draw such weeks as incomplete.
   */
  completeness: CompletenessSchema,
  /** Why the week is a lower bound: the id of a note in `provenance.json` `completenessNotes`. */
  completenessNote: z.string().min(1).nullable(),
});
/** One week of one side in one source. */
export type WeeklyRow = z.infer<typeof WeeklyRowSchema>;

/** One histogram bin, `[fromKm, toKm)`; `toKm` is `null` for the open last bin. */
export const DistanceBinSchema = z.object({
  fromKm: KmSchema,
  toKm: KmSchema.nullable(),
  count: CountSchema,
  /** `count / total`, 0 when the total is 0. */
  share: z.number().min(0).max(1),
});
/** One histogram bin. */
export type DistanceBin = z.infer<typeof DistanceBinSchema>;

/** A distance histogram. */
export const HistogramSchema = z.object({
  bins: z.array(DistanceBinSchema).min(1),
  total: CountSchema,
});
/** A distance histogram. */
export type Histogram = z.infer<typeof HistogramSchema>;

/** A named date range (inclusive) that a summary covers. */
export const PeriodSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  from: IsoDateSchema,
  to: IsoDateSchema,
});
/** A named date range (inclusive). */
export type Period = z.infer<typeof PeriodSchema>;

/** A histogram of distances from the Blue Line for one side, source and period. */
export const DistanceHistogramSchema = HistogramSchema.extend({
  side: BelligerentSchema,
  source: SeriesSourceSchema,
  period: PeriodSchema,
});
/** A histogram of distances from the Blue Line for one side, source and period. */
export type DistanceHistogram = z.infer<typeof DistanceHistogramSchema>;

/** The number of events of one side in one H3 cell in one week. */
export const HexCellWeekSchema = z.object({
  weekStart: IsoDateSchema,
  side: BelligerentSchema,
  source: SeriesSourceSchema,
  /** H3 cell index (hex string). */
  cell: z.string().regex(/^[0-9a-f]{15}$/, 'is not an H3 index'),
  count: z.number().int().positive(),
});
/** Events of one side in one H3 cell in one week. */
export type HexCellWeek = z.infer<typeof HexCellWeekSchema>;

/** The geometry of one H3 cell, so that clients can draw cells without an H3 library. */
export const HexCellGeometrySchema = z.object({
  cell: z.string().regex(/^[0-9a-f]{15}$/, 'is not an H3 index'),
  lat: LatitudeSchema,
  lon: LongitudeSchema,
  /** Closed ring, GeoJSON order (a pentagon cell has 5 corners, so 6 positions). */
  boundary: z.array(PositionSchema).min(6),
});
/** The geometry of one H3 cell. */
export type HexCellGeometry = z.infer<typeof HexCellGeometrySchema>;

/** A phase's totals for one side and source. */
export const PhaseSummarySchema = z.object({
  phaseId: z.string().min(1),
  side: BelligerentSchema,
  source: SeriesSourceSchema,
  /** Days of the phase the source covers. */
  days: CountSchema,
  /** {@link days} / 7, rounded up: weeks with data, partial weeks counting as weeks. */
  weeks: CountSchema,
  total: CountSchema,
  weeklyMean: z.number().nonnegative().nullable(),
  depth: DepthStatsSchema,
});
/** A phase's totals for one side and source. */
export type PhaseSummary = z.infer<typeof PhaseSummarySchema>;

/** "Week X is N times the weekly average of period P." */
export const BaselineRatioSchema = z.object({
  weekStart: IsoDateSchema,
  weekCount: CountSchema,
  baseline: PeriodSchema,
  baselineWeeks: CountSchema,
  baselineWeeklyMean: z.number().nonnegative(),
  /** `weekCount / baselineWeeklyMean`; `null` when the baseline mean is 0. */
  ratio: z.number().nonnegative().nullable(),
});
/** A week's count against a baseline period's weekly mean. */
export type BaselineRatio = z.infer<typeof BaselineRatioSchema>;

/** One dated value in a series. */
export const SeriesPointSchema = z.object({ date: IsoDateSchema, value: z.number() });
/** One dated value in a series. */
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

/** A dated series (casualties, displacement) with its unit, source and definition breaks. */
export const DatedSeriesSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  label: z.string().min(1),
  unit: z.string().min(1),
  /** Whether each value is a running total since the start of the war. */
  cumulative: z.boolean(),
  frequency: z.enum(['daily', 'weekly', 'irregular', 'yearly']),
  /** Who produced the numbers, and through whom we have them. */
  source: z.object({
    producer: z.string().min(1),
    via: z.string().min(1),
    licence: z.string().min(1),
  }),
  points: z.array(SeriesPointSchema).min(1),
  /** Dates where the definition changes, e.g. IOM DTM on 25 Sep 2024. */
  breaks: z.array(z.object({ date: IsoDateSchema, note: z.string().min(1) })),
  notes: z.array(z.string()),
});
/** A dated series with unit, source and definition breaks. */
export type DatedSeries = z.infer<typeof DatedSeriesSchema>;
