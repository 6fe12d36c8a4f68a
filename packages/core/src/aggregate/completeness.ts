import { z } from 'zod';
import type { WeeklyRow } from '../schemas/aggregates.js';
import { IsoDateSchema, Sha256Schema } from '../schemas/primitives.js';
import { createWeekBucketer } from '../time/weeks.js';

/**
 * A declarative statement about one raw file version: which weeks of which series it is known
 * to under-count, and why. It is a fact about the file, not code, so it is keyed to the file's
 * SHA-256: a fuller file has another hash, and the statement no longer applies to it.
 */
export const CompletenessManifestSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The raw file the statement is about (name only). */
  file: z.string().min(1),
  sha256: Sha256Schema,
  /** The series whose weeks it flags, as `side/source`. */
  series: z.array(z.string().min(1)).min(1),
  /** Weeks (Sunday starts, inclusive) whose counts are lower bounds. */
  lowerBound: z.object({ fromWeek: IsoDateSchema, toWeek: IsoDateSchema }),
  /** Why, from the file's PROVENANCE.md. */
  statement: z.string().min(1),
});
/** A declarative completeness statement about one raw file version. */
export type CompletenessManifest = z.infer<typeof CompletenessManifestSchema>;

/** A note that weekly rows point to from `completenessNote`, kept in `provenance.json`. */
export const CompletenessNoteSchema = z.object({
  id: z.string().min(1),
  series: z.array(z.string().min(1)).min(1),
  /** `manifest`: the file is the version the manifest describes; `stale`: it is not. */
  basis: z.enum(['manifest', 'stale-manifest']),
  fromWeek: IsoDateSchema,
  toWeek: IsoDateSchema,
  text: z.string().min(1),
});
/** A completeness note. */
export type CompletenessNote = z.infer<typeof CompletenessNoteSchema>;

/**
 * Decides which weeks of a file's series are lower bounds.
 *
 * - The file's hash is the manifest's: the manifest's weeks, with its statement.
 * - It is not (a fuller or otherwise changed transcription): the manifest is **stale**. Nothing
 *   is known about the new file's gaps, so the stated default is the cautious one: every week the
 *   file covers (`coverage`) is flagged as a lower bound, with a note saying the manifest no
 *   longer matches and must be reviewed. The build still succeeds; it reports the stale manifest.
 */
export function resolveCompleteness(
  manifest: CompletenessManifest,
  file: {
    readonly sha256: string;
    readonly coverage: { readonly from: string; readonly to: string };
  },
): CompletenessNote {
  if (file.sha256 === manifest.sha256) {
    return {
      id: manifest.id,
      series: manifest.series,
      basis: 'manifest',
      fromWeek: manifest.lowerBound.fromWeek,
      toWeek: manifest.lowerBound.toWeek,
      text: manifest.statement,
    };
  }
  const week = createWeekBucketer();
  return {
    id: `${manifest.id}-stale`,
    series: manifest.series,
    basis: 'stale-manifest',
    fromWeek: week(file.coverage.from),
    toWeek: week(file.coverage.to),
    text: `The completeness manifest "${manifest.id}" describes ${manifest.file} with SHA-256 ${manifest.sha256}, but the file read has SHA-256 ${file.sha256}: the statement no longer applies, so by default every week the file covers (${file.coverage.from} to ${file.coverage.to}) is flagged as a lower bound until the manifest is reviewed.`,
  };
}

/**
 * Flags the weekly rows a note covers (same `side/source`, week start within the note's weeks)
 * as `lower-bound` with the note's id; other rows are returned unchanged.
 */
export function applyCompleteness(
  rows: readonly WeeklyRow[],
  notes: readonly CompletenessNote[],
): WeeklyRow[] {
  return rows.map((row) => {
    const key = `${row.side}/${row.source}`;
    const note = notes.find(
      (candidate) =>
        candidate.series.includes(key) &&
        row.weekStart >= candidate.fromWeek &&
        row.weekStart <= candidate.toWeek,
    );
    return note === undefined
      ? row
      : { ...row, completeness: 'lower-bound' as const, completenessNote: note.id };
  });
}
