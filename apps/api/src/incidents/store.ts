/**
 * The incident store behind /v1/incidents (bring-your-own-data mode): what the route needs
 * from it. Records and filter semantics are core's (`IncidentRecord`, `matchesIncidentFilter`);
 * the SQLite implementation is in ./sqlite-store.ts.
 */
import type { IncidentFilter, IncidentRecord, RowCounts, SourceFile } from '@blueline/core';

/** A keyset position: the last (date, id) a page ended on. */
export interface IncidentPosition {
  readonly date: string;
  readonly id: string;
}

/** One page request: core's filter, where to start, how many. */
export interface IncidentQuery extends IncidentFilter {
  /** Start after this position (exclusive). */
  readonly after?: IncidentPosition | undefined;
  readonly limit: number;
}

/** One page of incidents and where the next one starts. */
export interface IncidentPage {
  readonly incidents: IncidentRecord[];
  readonly next: IncidentPosition | null;
}

/** What the store was built from. */
export interface IncidentStoreInfo {
  readonly files: readonly SourceFile[];
  /** Rows read, kept and rejected by reason when the index was built. */
  readonly rows: RowCounts;
  /** First and last event date held; `null` when the store is empty. */
  readonly coverage: { readonly from: string; readonly to: string } | null;
}

/** A queryable, read-only incident index. */
export interface IncidentStore {
  readonly info: IncidentStoreInfo;
  query(query: IncidentQuery): IncidentPage;
  close(): void;
}
