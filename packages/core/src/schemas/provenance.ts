import { z } from 'zod';
import { CompletenessNoteSchema } from '../aggregate/completeness.js';
import { SeamSchema } from '../aggregate/version-seam.js';
import { CountSchema, IsoDateSchema, Sha256Schema } from './primitives.js';

/**
 * Rows read, kept and rejected by reason. Invariant: `read === kept + sum(rejected)`;
 * see `reconcile` in this package.
 */
export const RowCountsSchema = z.object({
  read: CountSchema,
  kept: CountSchema,
  rejected: z.record(z.string().min(1), CountSchema),
});
/** Rows read, kept and rejected by reason. */
export type RowCounts = z.infer<typeof RowCountsSchema>;

/** One input file, identified by name and content hash. */
export const SourceFileSchema = z.object({
  /** File name (no directory: the raw dir differs between machines). */
  name: z.string().min(1),
  sha256: Sha256Schema,
  bytes: CountSchema,
});
/** One input file. */
export type SourceFile = z.infer<typeof SourceFileSchema>;

/** Where one source's numbers come from and what happened to its rows. */
export const SourceProvenanceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  files: z.array(SourceFileSchema).min(1),
  coverage: z.object({ from: IsoDateSchema, to: IsoDateSchema }).nullable(),
  rows: RowCountsSchema,
  licence: z.string().min(1),
  attribution: z.string().min(1),
  notes: z.array(z.string()),
});
/** Where one source's numbers come from and what happened to its rows. */
export type SourceProvenance = z.infer<typeof SourceProvenanceSchema>;

/** Provenance for the whole snapshot. */
export const ProvenanceSchema = z.object({
  sources: z.array(SourceProvenanceSchema).min(1),
  /** Where a series joins two versions of a source, so charts can mark it. */
  seams: z.array(SeamSchema),
  /** Why some weekly rows are lower bounds (`WeeklyRow.completenessNote` points here). */
  completenessNotes: z.array(CompletenessNoteSchema),
});
/** Provenance for the whole snapshot. */
export type Provenance = z.infer<typeof ProvenanceSchema>;
