import type { Provenance } from '@blueline/core';
import data from '../../snapshot/provenance.json' with { type: 'json' };

/**
 * `provenance.json`: Per source: files (name, SHA-256, size), coverage, rows read/kept/rejected by reason, licence, attribution and notes.
 * Validated against its core schema when the pipeline wrote it, not on import.
 */
export const provenance: Provenance = data as Provenance;
