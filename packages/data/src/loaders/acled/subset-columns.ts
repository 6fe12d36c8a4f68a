import {
  ACLED_OPTIONAL_COLUMNS,
  ACLED_REQUIRED_COLUMNS,
  type AcledColumnName,
} from '@blueline/core';
import { indexColumns } from '../csv/header.js';

/**
 * The column the Israel transcription adds to flag rows in ID blocks of late-added Hezbollah
 * War Media claims. Not an ACLED field: a heuristic of the transcriber's, read when present.
 */
export const LATE_CLAIM_COLUMN = 'late_claim_batch';

/** Where each column the loader reads sits in one file's header. */
export interface AcledHeaderLayout {
  /** Column → index; optional columns the file lacks are `-1` (read as empty). */
  readonly columns: Readonly<Record<AcledColumnName, number>>;
  /** Index of {@link LATE_CLAIM_COLUMN}, or `-1` when the file has none. */
  readonly lateClaim: number;
}

/**
 * Lays out an ACLED header, accepting subset exports (ACLED's API lets users pick fields): only
 * the columns the rules read (core `ACLED_REQUIRED_COLUMNS`) must be present; a missing optional
 * one (core `ACLED_OPTIONAL_COLUMNS`) reads as empty.
 * @throws {InputError} naming the file and every missing required column.
 */
export function layoutAcledHeader(file: string, header: readonly string[]): AcledHeaderLayout {
  const required = indexColumns(file, header, ACLED_REQUIRED_COLUMNS);
  const names = header.map((name) => name.trim());
  const columns = { ...required } as Record<AcledColumnName, number>;
  for (const column of ACLED_OPTIONAL_COLUMNS) columns[column] = names.indexOf(column);
  return { columns, lateClaim: names.indexOf(LATE_CLAIM_COLUMN) };
}

/** Whether a row's late-claim flag is set (`yes`, any case); always false without the column. */
export function isLateClaim(fields: readonly string[], layout: AcledHeaderLayout): boolean {
  return layout.lateClaim >= 0 && (fields[layout.lateClaim] ?? '').trim().toLowerCase() === 'yes';
}
