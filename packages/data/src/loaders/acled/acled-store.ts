import type { Incident, IncidentKind, LocationPrecision, Side } from '@blueline/core';

/** The fields of one validated ACLED row the project uses. */
export interface AcledEventFields {
  readonly eventId: string;
  readonly date: string;
  readonly timestamp: number;
  readonly side: Side;
  readonly kind: IncidentKind;
  readonly eventType: string;
  readonly country: string;
  readonly placeName: string | null;
  readonly admin1: string | null;
  readonly admin2: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly precision: LocationPrecision;
  readonly fatalities: number;
}

/** An ACLED event as the pipeline uses it: a core incident plus the fields the rules need. */
export interface AcledIncident {
  readonly incident: Incident;
  /** ACLED `event_type`, for the counting rule. */
  readonly eventType: string;
  /** ACLED `country`, for the theatre rule. */
  readonly country: string;
}

/** Deduplicates repeated strings (dates, names, types) to one copy and a small integer. */
export class StringTable {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.index.set(value, id);
    }
    return id;
  }

  at(id: number): string {
    return this.values[id] ?? '';
  }
}

/**
 * A store's contents as plain data (typed arrays, string arrays), to move it between threads:
 * the typed arrays are transferred, not copied.
 */
export interface AcledStoreColumns {
  readonly count: number;
  readonly ids: string[];
  readonly strings: string[];
  readonly kindNames: IncidentKind[];
  readonly precisionNames: LocationPrecision[];
  readonly timestamps: Float64Array;
  readonly lats: Float64Array;
  readonly lons: Float64Array;
  readonly fatalities: Uint32Array;
  readonly dates: Uint32Array;
  readonly eventTypes: Uint32Array;
  readonly countries: Uint32Array;
  readonly places: Uint32Array;
  readonly admin1s: Uint32Array;
  readonly admin2s: Uint32Array;
  readonly sides: Uint8Array;
  readonly kinds: Uint8Array;
  readonly precisions: Uint8Array;
}

/** The typed arrays of {@link AcledStoreColumns}, for a transfer list. */
export function columnBuffers(columns: AcledStoreColumns): ArrayBuffer[] {
  return [
    columns.timestamps,
    columns.lats,
    columns.lons,
    columns.fatalities,
    columns.dates,
    columns.eventTypes,
    columns.countries,
    columns.places,
    columns.admin1s,
    columns.admin2s,
    columns.sides,
    columns.kinds,
    columns.precisions,
  ].map((array) => array.buffer as ArrayBuffer);
}

const SIDES: readonly Side[] = ['israel', 'hezbollah', 'iran', 'other'];
const NONE = 0xffffffff;

/**
 * ACLED events in columns (typed arrays and string tables) rather than one object per row.
 *
 * Why: a user's export can hold millions of rows. As objects, each row costs a few hundred bytes
 * of heap; in columns it costs about 60, which keeps a million-row ingest far under the 500 MB
 * budget. Events come out as core `Incident`s on demand. A slot can be overwritten by a newer
 * version of the same event, or dropped after loading (outside the period).
 */
export class AcledEventStore {
  private capacity = 1024;
  private count = 0;
  private readonly strings = new StringTable();
  /** Event id → slot, and slot → event id. */
  private readonly slotOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private timestamps = new Float64Array(this.capacity);
  private lats = new Float64Array(this.capacity);
  private lons = new Float64Array(this.capacity);
  private fatalities = new Uint32Array(this.capacity);
  private dates = new Uint32Array(this.capacity);
  private eventTypes = new Uint32Array(this.capacity);
  private countries = new Uint32Array(this.capacity);
  private places = new Uint32Array(this.capacity);
  private admin1s = new Uint32Array(this.capacity);
  private admin2s = new Uint32Array(this.capacity);
  private sides = new Uint8Array(this.capacity);
  private kinds = new Uint8Array(this.capacity);
  private precisions = new Uint8Array(this.capacity);
  private live = new Uint8Array(this.capacity);
  private readonly kindNames: IncidentKind[] = [];
  private readonly precisionNames: LocationPrecision[] = [];

  /** Number of slots, live or dropped. */
  get slots(): number {
    return this.count;
  }

  /**
   * The slot of the event with this id. A new id gets the next slot and is returned as
   * `-slot - 1`: the caller must then {@link write} it.
   */
  locate(eventId: string): number {
    // A copy, not the parser's own string: if the parser's strings survive here, V8 learns to
    // allocate every field of every row straight into the old generation (pretenuring), and a
    // million-row ingest then peaks at several times its live memory. Concatenating and slicing
    // makes V8 build a new flat string (short strings are copied, longer ones flattened first).
    // Copied before the look-up, so that its hash is computed once, for the look-up and the insert.
    const id = ` ${eventId}`.slice(1);
    const found = this.slotOf.get(id);
    if (found !== undefined) return found;
    if (this.count === this.capacity) this.grow();
    const slot = this.count++;
    this.slotOf.set(id, slot);
    this.ids.push(id);
    return -slot - 1;
  }

  /** Stores an event in `slot` (a new slot, or a newer version of the event held there). */
  write(slot: number, fields: AcledEventFields): void {
    this.timestamps[slot] = fields.timestamp;
    this.lats[slot] = fields.lat;
    this.lons[slot] = fields.lon;
    this.fatalities[slot] = fields.fatalities;
    this.dates[slot] = this.strings.id(fields.date);
    this.eventTypes[slot] = this.strings.id(fields.eventType);
    this.countries[slot] = this.strings.id(fields.country);
    this.places[slot] = fields.placeName === null ? NONE : this.strings.id(fields.placeName);
    this.admin1s[slot] = fields.admin1 === null ? NONE : this.strings.id(fields.admin1);
    this.admin2s[slot] = fields.admin2 === null ? NONE : this.strings.id(fields.admin2);
    this.sides[slot] = SIDES.indexOf(fields.side);
    this.kinds[slot] = this.code(this.kindNames, fields.kind);
    this.precisions[slot] = this.code(this.precisionNames, fields.precision);
    this.live[slot] = 1;
  }

  /** Looks an event id up without adding it: its slot, or -1. */
  find(eventId: string): number {
    return this.slotOf.get(eventId) ?? -1;
  }

  /**
   * This store's events as plain columns: its own arrays, not copies (they may be longer than
   * `count`). Transferring them to another thread leaves this store usable only for
   * {@link find}.
   */
  columns(): AcledStoreColumns {
    return {
      count: this.count,
      ids: this.ids,
      strings: this.strings.values,
      kindNames: this.kindNames,
      precisionNames: this.precisionNames,
      timestamps: this.timestamps,
      lats: this.lats,
      lons: this.lons,
      fatalities: this.fatalities,
      dates: this.dates,
      eventTypes: this.eventTypes,
      countries: this.countries,
      places: this.places,
      admin1s: this.admin1s,
      admin2s: this.admin2s,
      sides: this.sides,
      kinds: this.kinds,
      precisions: this.precisions,
    };
  }

  /**
   * Appends the event in `slot` of another store's columns as a new slot, and returns it. The id
   * is not indexed: a store assembled this way (from parts already de-duplicated against each
   * other) is read, never {@link locate}d in.
   */
  append(from: ColumnReader, slot: number): number {
    if (this.count === this.capacity) this.grow();
    const target = this.count++;
    this.ids.push(from.columns.ids[slot] ?? '');
    this.copy(from, slot, target);
    return target;
  }

  /** Replaces the event in `target` with the one in `slot` of another store's columns. */
  replace(target: number, from: ColumnReader, slot: number): void {
    this.copy(from, slot, target);
  }

  private copy(from: ColumnReader, slot: number, target: number): void {
    const c = from.columns;
    this.timestamps[target] = c.timestamps[slot] ?? 0;
    this.lats[target] = c.lats[slot] ?? 0;
    this.lons[target] = c.lons[slot] ?? 0;
    this.fatalities[target] = c.fatalities[slot] ?? 0;
    this.dates[target] = from.string(this.strings, c.dates[slot]);
    this.eventTypes[target] = from.string(this.strings, c.eventTypes[slot]);
    this.countries[target] = from.string(this.strings, c.countries[slot]);
    this.places[target] = from.string(this.strings, c.places[slot]);
    this.admin1s[target] = from.string(this.strings, c.admin1s[slot]);
    this.admin2s[target] = from.string(this.strings, c.admin2s[slot]);
    this.sides[target] = c.sides[slot] ?? 3;
    const kind = c.kindNames[c.kinds[slot] ?? 0] ?? 'unspecified';
    this.kinds[target] = this.code(this.kindNames, kind);
    const precision = c.precisionNames[c.precisions[slot] ?? 0] ?? 'province';
    this.precisions[target] = this.code(this.precisionNames, precision);
    this.live[target] = 1;
  }

  /** Drops the event in `slot` (it stays counted as read, and is reported as rejected). */
  drop(slot: number): void {
    this.live[slot] = 0;
  }

  isLive(slot: number): boolean {
    return this.live[slot] === 1;
  }

  timestampAt(slot: number): number {
    return this.timestamps[slot] ?? 0;
  }

  dateAt(slot: number): string {
    return this.strings.at(this.dates[slot] ?? 0);
  }

  /** Live events in slot order (the order first seen), as core incidents. */
  *incidents(): Generator<AcledIncident> {
    for (let slot = 0; slot < this.count; slot++) {
      if (this.live[slot] === 1) yield this.incidentAt(slot);
    }
  }

  /** The event in `slot` as a core incident. */
  incidentAt(slot: number): AcledIncident {
    const eventId = this.ids[slot] ?? '';
    const timestamp = this.timestamps[slot] ?? 0;
    return {
      incident: {
        id: `acled:${eventId}`,
        date: this.dateAt(slot),
        dateEnd: null,
        side: SIDES[this.sides[slot] ?? 3] ?? 'other',
        kind: this.kindNames[this.kinds[slot] ?? 0] ?? 'unspecified',
        location: {
          lat: this.lats[slot] ?? 0,
          lon: this.lons[slot] ?? 0,
          placeName: this.optional(this.places[slot]),
          admin1: this.optional(this.admin1s[slot]),
          admin2: this.optional(this.admin2s[slot]),
          precision: this.precisionNames[this.precisions[slot] ?? 0] ?? 'province',
        },
        fatalities: this.fatalities[slot] ?? 0,
        source: 'acled',
        provenance: { sourceEventId: eventId, timestamp },
      },
      eventType: this.strings.at(this.eventTypes[slot] ?? 0),
      country: this.strings.at(this.countries[slot] ?? 0),
    };
  }

  private code<T>(names: T[], value: T): number {
    let index = names.indexOf(value);
    if (index < 0) {
      index = names.length;
      names.push(value);
    }
    return index;
  }

  private optional(id: number | undefined): string | null {
    return id === undefined || id === NONE ? null : this.strings.at(id);
  }

  private grow(): void {
    this.capacity *= 2;
    const size = this.capacity;
    const grown = <T extends Float64Array | Uint32Array | Uint8Array>(
      array: T,
      make: (n: number) => T,
    ): T => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.timestamps = grown(this.timestamps, (n) => new Float64Array(n));
    this.lats = grown(this.lats, (n) => new Float64Array(n));
    this.lons = grown(this.lons, (n) => new Float64Array(n));
    this.fatalities = grown(this.fatalities, (n) => new Uint32Array(n));
    this.dates = grown(this.dates, (n) => new Uint32Array(n));
    this.eventTypes = grown(this.eventTypes, (n) => new Uint32Array(n));
    this.countries = grown(this.countries, (n) => new Uint32Array(n));
    this.places = grown(this.places, (n) => new Uint32Array(n));
    this.admin1s = grown(this.admin1s, (n) => new Uint32Array(n));
    this.admin2s = grown(this.admin2s, (n) => new Uint32Array(n));
    this.sides = grown(this.sides, (n) => new Uint8Array(n));
    this.kinds = grown(this.kinds, (n) => new Uint8Array(n));
    this.precisions = grown(this.precisions, (n) => new Uint8Array(n));
    this.live = grown(this.live, (n) => new Uint8Array(n));
  }
}

/**
 * Reads another store's columns into this thread's store, translating its string ids to the
 * target's (each distinct string once).
 */
export class ColumnReader {
  private readonly mapped: Int32Array;

  constructor(readonly columns: AcledStoreColumns) {
    this.mapped = new Int32Array(columns.strings.length).fill(-1);
  }

  /** The target table's id for this store's string `id` (`NONE` stays `NONE`). */
  string(target: StringTable, id: number | undefined): number {
    if (id === undefined || id === NONE) return NONE;
    let mapped = this.mapped[id] ?? -1;
    if (mapped < 0) {
      mapped = target.id(this.columns.strings[id] ?? '');
      this.mapped[id] = mapped;
    }
    return mapped;
  }
}
