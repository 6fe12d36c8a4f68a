import { z } from 'zod';
import { rejectedTotal } from '../aggregate/reconcile.js';
import { CountSchema, IsoDateSchema } from '../schemas/primitives.js';
import { SourceFileSchema, type Provenance } from '../schemas/provenance.js';
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

/**
 * One source's provenance in brief: what was read (files and hashes), what it covers, how many
 * rows were kept and rejected, and its licence. The full record, with rejection reasons,
 * attribution text and notes, is the snapshot's `provenance.json`.
 */
export const SourceSummarySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  files: z.array(SourceFileSchema.pick({ name: true, sha256: true })).min(1),
  coverage: z.object({ from: IsoDateSchema, to: IsoDateSchema }).nullable(),
  rows: z.object({ read: CountSchema, kept: CountSchema, rejected: CountSchema }),
  licence: z.string().min(1),
});
/** One source's provenance in brief. */
export type SourceSummary = z.infer<typeof SourceSummarySchema>;

/** The snapshot at a glance: headline numbers, the CSIS comparison, coverage and provenance. */
export const SummarySchema = z.object({
  headline: z.array(HeadlineFigureSchema),
  csis: CsisSnapshotSchema,
  /** First and last date of each source, so clients can mark where each series ends. */
  coverage: z.array(CoverageSchema),
  /** Each source in brief; see {@link summariseProvenance}. */
  provenance: z.array(SourceSummarySchema),
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
    provenance: summariseProvenance(provenance),
  };
}

/**
 * Each source's provenance in brief ({@link SourceSummarySchema}): files and hashes, coverage,
 * rows read, kept and rejected (in total), licence.
 */
export function summariseProvenance(provenance: Provenance): SourceSummary[] {
  return provenance.sources.map((source) => ({
    id: source.id,
    name: source.name,
    files: source.files.map((file) => ({ name: file.name, sha256: file.sha256 })),
    coverage: source.coverage,
    rows: { read: source.rows.read, kept: source.rows.kept, rejected: rejectedTotal(source.rows) },
    licence: source.licence,
  }));
}
