import {
  ACLED_COLUMNS,
  incidentKindOf,
  parseAcledDate,
  precisionOfAcled,
  sideOfAcledEvent,
  type IncidentKind,
  type Side,
} from '@blueline/core';
import type { AcledEventFields } from './acled-store.js';
import { AcledFieldValidators, type AcledColumn } from './field-validators.js';

export type { AcledColumn } from './field-validators.js';

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

/** {@link memo} for two-part keys, nested so that no key string is built per row. */
function memo2<V>(cache: Map<string, Map<string, V>>, a: string, b: string, compute: () => V): V {
  let inner = cache.get(a);
  if (inner === undefined) {
    inner = new Map();
    if (cache.size < CACHE_LIMIT) cache.set(a, inner);
  }
  return memo(inner, b, compute);
}

/**
 * Turns ACLED CSV records into the fields the project keeps: validates each row with core's
 * `AcledRowSchema`, converts the date with core's `parseAcledDate`, and maps actors to a side
 * and the event to a kind with core's rules.
 */
export class AcledRowReader {
  private readonly dates = new Map<string, string | null>();
  private readonly sides = new Map<string, Map<string, Side>>();
  private readonly kinds = new Map<string, Map<string, IncidentKind>>();
  private readonly validators = new AcledFieldValidators();
  /** Each column's position in this file's fields, in schema order. */
  private readonly positions: readonly number[];

  /**
   * @param columns where each required column sits in this file's header.
   * @param width the number of fields in the header; every row must have as many.
   */
  constructor(
    readonly columns: Readonly<Record<AcledColumn, number>>,
    private readonly width: number,
  ) {
    this.positions = ACLED_COLUMNS.map((column) => columns[column]);
  }

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
    const problem = this.validators.validate(fields, this.positions);
    if (problem !== null) return { ok: false, problem };
    const v = this.validators;
    const eventDate = v.value('event_date');
    const actor1 = v.value('actor1');
    const assocActor1 = v.value('assoc_actor_1');
    const eventType = v.value('event_type');
    const subEventType = v.value('sub_event_type');
    const date = memo(this.dates, eventDate, () => parseAcledDate(eventDate));
    if (date === null) {
      return { ok: false, problem: { field: 'event_date', message: 'is not a calendar date' } };
    }
    return {
      ok: true,
      fields: {
        eventId: v.value('event_id_cnty'),
        date,
        timestamp: v.value('timestamp'),
        side: memo2(this.sides, actor1, assocActor1 ?? '', () =>
          sideOfAcledEvent({ actor1, assocActor1 }),
        ),
        kind: memo2(this.kinds, eventType, subEventType, () =>
          incidentKindOf(eventType, subEventType),
        ),
        eventType,
        country: v.value('country'),
        placeName: v.value('location'),
        admin1: v.value('admin1'),
        admin2: v.value('admin2'),
        lat: v.value('latitude'),
        lon: v.value('longitude'),
        precision: precisionOfAcled(v.value('geo_precision')),
        fatalities: v.value('fatalities'),
      },
    };
  }
}
