import { streamCsvRows } from '../csv/stream-rows.js';
import { ISSUE_LIMIT } from '../issue-log.js';
import { AcledEventStore, type AcledStoreColumns } from './acled-store.js';
import { AcledRowReader } from './acled-row-reader.js';
import { isLateClaim, layoutAcledHeader, type AcledHeaderLayout } from './subset-columns.js';

/** One stretch of an ACLED file to read: the whole file, or a byte range of whole records. */
export interface AcledPartRequest {
  readonly file: string;
  /** Byte range (`end` exclusive); absent for the whole file. */
  readonly range?: { readonly start: number; readonly end: number };
  /** The file's header fields, for a range after the first (which holds the header itself). */
  readonly header?: readonly string[];
}

/** A row problem, its line counted from the part's first line (1). */
export interface PartIssue {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

/**
 * What one part holds, as plain data: its valid events de-duplicated within the part (each id's
 * first row with the newest timestamp, in first-seen order), every occurrence's timestamp for ids
 * seen more than once (so the merge can replay them against earlier parts), the invalid rows by
 * reason, and its first problems.
 */
export interface AcledPart {
  /** Whether a header was read (always, for a part given the header). */
  readonly headed: boolean;
  /** Data rows read. */
  readonly rows: number;
  /** Line breaks consumed: the next part's lines are offset by this much. */
  readonly lineBreaks: number;
  readonly invalid: Readonly<Record<string, number>>;
  readonly issues: readonly PartIssue[];
  readonly issueTotal: number;
  /** First and last date among valid rows (in or out of the period). */
  readonly first: string | null;
  readonly last: string | null;
  readonly columns: AcledStoreColumns;
  /** Ids of valid rows flagged `late_claim_batch` (empty when the file has no such column). */
  readonly lateClaimIds: string[];
  /** Local slots seen more than once, and the timestamps of all their rows in order. */
  readonly repeats: { readonly slot: number; readonly timestamps: number[] }[];
}

/** A part read: its data, and the part's own id index for later parts' look-ups. */
export interface ReadPart {
  readonly part: AcledPart;
  readonly store: AcledEventStore;
}

/**
 * Reads one part of an ACLED export: validates every row with core's `AcledRowSchema` (through
 * {@link AcledRowReader}) and de-duplicates within the part. Runs on the main thread or a worker.
 *
 * @throws {InputError} for the whole file's errors (missing column, malformed CSV, not UTF-8);
 * a part after the first reports them with lines counted from its own start, so the caller
 * re-reads the file whole to report them.
 */
export async function readAcledPart(
  request: AcledPartRequest,
  onProgress?: (bytes: number) => void,
): Promise<ReadPart> {
  const file = request.file;
  const store = new AcledEventStore();
  const invalid = new Map<string, number>();
  const issues: PartIssue[] = [];
  let issueTotal = 0;
  let rows = 0;
  let first: string | null = null;
  let last: string | null = null;
  const repeats = new Map<number, number[]>();
  const lateClaimIds: string[] = [];
  let layout: AcledHeaderLayout | undefined;
  let reader: AcledRowReader | undefined;
  const useHeader = (header: readonly string[]): void => {
    layout = layoutAcledHeader(file, header);
    reader = new AcledRowReader(layout.columns, header.length);
  };
  if (request.header !== undefined) useHeader(request.header);

  const onRow = (fields: string[], line: number): void => {
    if (reader === undefined || layout === undefined) {
      useHeader(fields);
      return;
    }
    rows++;
    const outcome = reader.read(fields);
    if (!outcome.ok) {
      const reason = `invalid:${outcome.problem.field}`;
      invalid.set(reason, (invalid.get(reason) ?? 0) + 1);
      issueTotal++;
      if (issues.length < ISSUE_LIMIT) issues.push({ line, ...outcome.problem });
      return;
    }
    const event = outcome.fields;
    if (isLateClaim(fields, layout)) lateClaimIds.push(event.eventId);
    if (first === null || event.date < first) first = event.date;
    if (last === null || event.date > last) last = event.date;
    const existing = store.locate(event.eventId);
    if (existing < 0) {
      store.write(-existing - 1, event);
      return;
    }
    let timestamps = repeats.get(existing);
    if (timestamps === undefined) {
      timestamps = [store.timestampAt(existing)];
      repeats.set(existing, timestamps);
    }
    timestamps.push(event.timestamp);
    // The part keeps the first row with its newest timestamp; the merge counts the reasons.
    if (event.timestamp > store.timestampAt(existing)) store.write(existing, event);
  };
  const lineAfter = await streamCsvRows(file, onRow, {
    ...(request.range === undefined ? {} : { range: request.range }),
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  return {
    store,
    part: {
      headed: reader !== undefined,
      rows,
      lineBreaks: lineAfter - 1,
      invalid: Object.fromEntries(invalid),
      issues,
      issueTotal,
      first,
      last,
      columns: store.columns(),
      lateClaimIds,
      repeats: [...repeats].map(([slot, timestamps]) => ({ slot, timestamps })),
    },
  };
}
