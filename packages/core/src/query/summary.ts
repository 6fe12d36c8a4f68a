import { z } from 'zod';
import { ProvenanceSchema, type Provenance } from '../schemas/provenance.js';
import {
  CoverageSchema,
  CsisSnapshotSchema,
  type Coverage,
  type CsisSnapshot,
} from '../schemas/snapshot.js';
import { FigureQualifierSchema } from '../schemas/timeline.js';

/** One headline number: what the project reproduces, next to what CSIS published. */
export const HeadlineFigureSchema = z.object({
  /** The comparison or ratio id in `csis.json`. */
  id: z.string().min(1),
  /** What is measured, in the project's words. */
  label: z.string().min(1),
  /** The reproduced value. */
  value: z.number(),
  unit: z.string().min(1),
  /** CSIS's published value and how to read it; `null` for ratios CSIS did not state as such. */
  csis: z.object({ value: z.number(), qualifier: FigureQualifierSchema }).nullable(),
  /** Whether the reproduction is within tolerance of CSIS's value; `null` when not compared. */
  withinTolerance: z.boolean().nullable(),
});
/** One headline number. */
export type HeadlineFigure = z.infer<typeof HeadlineFigureSchema>;

/** The snapshot at a glance: headline numbers, the CSIS comparison, coverage and provenance. */
export const SummarySchema = z.object({
  headline: z.array(HeadlineFigureSchema),
  csis: CsisSnapshotSchema,
  /** First and last date of each source, so clients can mark where each series ends. */
  coverage: z.array(CoverageSchema),
  provenance: ProvenanceSchema,
});
/** The snapshot at a glance. */
export type Summary = z.infer<typeof SummarySchema>;

/**
 * The coverage of every source that has dated data, in provenance order. Sources without
 * dates (geography) are left out.
 */
export function coverageOf(provenance: Provenance): Coverage[] {
  return provenance.sources.flatMap((source) =>
    source.coverage === null
      ? []
      : [{ source: source.id, from: source.coverage.from, to: source.coverage.to }],
  );
}

/**
 * Builds the summary: every CSIS comparison and baseline ratio as a headline figure (in the
 * order of `csis.json`), the full comparison table, coverage and provenance. A ratio without a
 * value (its baseline mean is 0) stays in `csis` but has no headline.
 */
export function buildSummary(csis: CsisSnapshot, provenance: Provenance): Summary {
  const comparisons: HeadlineFigure[] = csis.comparisons.map((row) => ({
    id: row.id,
    label: row.measure,
    value: row.reproduced.value,
    unit: row.unit,
    csis: { value: row.csis.value, qualifier: row.csis.qualifier },
    withinTolerance: row.withinTolerance,
  }));
  const ratios: HeadlineFigure[] = csis.ratios.flatMap((ratio) =>
    ratio.ratio === null
      ? []
      : [
          {
            id: ratio.id,
            label: ratio.label,
            value: ratio.ratio,
            unit: 'times the baseline weekly mean',
            csis: null,
            withinTolerance: null,
          },
        ],
  );
  return {
    headline: [...comparisons, ...ratios],
    csis,
    coverage: coverageOf(provenance),
    provenance,
  };
}
