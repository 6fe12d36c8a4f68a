import {
  AcledRowSchema,
  incidentKindOf,
  parseAcledDate,
  precisionOfAcled,
  sideOfAcledEvent,
  type ACLED_REQUIRED_COLUMNS,
  type IncidentKind,
  type Side,
} from '@blueline/core';
import type { AcledEventFields } from './acled-store.js';

/** An ACLED column the loader requires. */
export type AcledColumn = (typeof ACLED_REQUIRED_COLUMNS)[number];

/** A row that could not be used, with the field to blame and the schema's message. */
export interface RowProblem {
  readonly field: string;
  readonly message: string;
}

/** The outcome of reading one ACLED row. */
export type AcledRowOutcome =
  | { readonly ok: true; readonly fields: AcledEventFields }
  | { readonly ok: false; readonly problem: RowProblem };

// Lookups repeat heavily (a few hundred actor pairs and dates in a million rows); bounded so a
// pathological export cannot grow them without limit.
const CACHE_LIMIT = 50_000;

function memo<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size < CACHE_LIMIT) cache.set(key, value);
  }
  return value;
}

/**
 * Turns ACLED CSV records into the fields the project keeps: validates each row with core's
 * `AcledRowSchema`, converts the date with core's `parseAcledDate`, and maps actors to a side
 * and the event to a kind with core's rules.
 */
export class AcledRowReader {
  private readonly dates = new Map<string, string | null>();
  private readonly sides = new Map<string, Side>();
  private readonly kinds = new Map<string, IncidentKind>();
  private readonly names = Object.keys(AcledRowSchema.shape) as AcledColumn[];

  /**
   * @param columns where each required column sits in this file's header.
   * @param width the number of fields in the header; every row must have as many.
   */
  constructor(
    readonly columns: Readonly<Record<AcledColumn, number>>,
    private readonly width: number,
  ) {}

  read(fields: readonly string[]): AcledRowOutcome {
    if (fields.length !== this.width) {
      return {
        ok: false,
        problem: {
          field: 'record',
          message: `has ${fields.length} fields, the header has ${this.width}`,
        },
      };
    }
    const record = {} as Record<AcledColumn, string>;
    for (const name of this.names) record[name] = fields[this.columns[name]] ?? '';
    const parsed = AcledRowSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        problem: {
          field: issue?.path.map(String).join('.') || 'record',
          message: issue?.message ?? 'is invalid',
        },
      };
    }
    const row = parsed.data;
    const date = memo(this.dates, row.event_date, () => parseAcledDate(row.event_date));
    if (date === null) {
      return { ok: false, problem: { field: 'event_date', message: 'is not a calendar date' } };
    }
    return {
      ok: true,
      fields: {
        eventId: row.event_id_cnty,
        date,
        timestamp: row.timestamp,
        side: memo(this.sides, `${row.actor1}\u0000${row.assoc_actor_1 ?? ''}`, () =>
          sideOfAcledEvent({ actor1: row.actor1, assocActor1: row.assoc_actor_1 }),
        ),
        kind: memo(this.kinds, `${row.event_type}\u0000${row.sub_event_type}`, () =>
          incidentKindOf(row.event_type, row.sub_event_type),
        ),
        eventType: row.event_type,
        country: row.country,
        placeName: row.location,
        admin1: row.admin1,
        admin2: row.admin2,
        lat: row.latitude,
        lon: row.longitude,
        precision: precisionOfAcled(row.geo_precision),
        fatalities: row.fatalities,
      },
    };
  }
}
