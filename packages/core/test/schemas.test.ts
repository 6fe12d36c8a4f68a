import { describe, expect, it } from 'vitest';
import {
  ACLED_REQUIRED_COLUMNS,
  type AcledRowInput,
  AcledRowSchema,
  formatProblems,
  InputError,
  IsoDateSchema,
  KeyEventSchema,
  LocalDateTimeSchema,
  parseOrThrow,
  parseRecord,
  PhaseSchema,
  placeholdersOf,
  PolygonSchema,
  RowCountsSchema,
  StepCopySchema,
  UcdpRowSchema,
} from '../src/index.js';

/** A made-up ACLED record (no real row), all strings, as a CSV parser yields it. */
const acled: AcledRowInput & Record<string, string> = {
  event_id_cnty: 'LBN99999',
  event_date: '11 October 2024',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Air/drone strike',
  actor1: 'Military Forces of Israel (2022-)',
  assoc_actor_1: '',
  actor2: ' Civilians (Lebanon) ',
  country: 'Lebanon',
  admin1: 'South',
  admin2: 'Sour',
  location: 'Example Village',
  latitude: '33.1234',
  longitude: '35.4321',
  geo_precision: '1',
  fatalities: '0',
  timestamp: '1728963292',
  notes: 'Extra columns, such as notes, are ignored.',
};

describe('AcledRowSchema', () => {
  it('turns a good string record into typed values', () => {
    const row = AcledRowSchema.parse(acled);
    expect(row).toMatchObject({
      event_date: '11 October 2024',
      assoc_actor_1: null,
      actor2: 'Civilians (Lebanon)',
      latitude: 33.1234,
      longitude: 35.4321,
      geo_precision: 1,
      fatalities: 0,
      timestamp: 1_728_963_292,
    });
    expect(row).not.toHaveProperty('notes');
    expect(AcledRowSchema.parse({ ...acled, event_date: '2024-10-11' }).event_date).toBe(
      '2024-10-11',
    );
    expect(ACLED_REQUIRED_COLUMNS).toContain('event_date');
    expect(ACLED_REQUIRED_COLUMNS).not.toContain('notes');
  });

  it('rejects empty and malformed numbers with the field path, never NaN or 0', () => {
    const problems = (record: Record<string, string>) => {
      const result = parseRecord(AcledRowSchema, record);
      return result.ok ? [] : result.problems;
    };
    expect(problems({ ...acled, latitude: '' })).toEqual([
      { field: 'latitude', message: 'is not a decimal number' },
    ]);
    expect(problems({ ...acled, longitude: '35,43' })[0]?.field).toBe('longitude');
    expect(problems({ ...acled, latitude: '91' })[0]?.field).toBe('latitude');
    expect(problems({ ...acled, fatalities: '' })).toEqual([
      { field: 'fatalities', message: 'is not a non-negative integer' },
    ]);
    expect(problems({ ...acled, fatalities: '-1' })[0]?.field).toBe('fatalities');
    expect(problems({ ...acled, fatalities: '2.5' })[0]?.field).toBe('fatalities');
    expect(problems({ ...acled, geo_precision: '4' })[0]?.field).toBe('geo_precision');
    expect(problems({ ...acled, actor1: '  ' })).toEqual([
      { field: 'actor1', message: 'is empty' },
    ]);
  });

  it('rejects dates that are not calendar dates, in either form', () => {
    const fieldOf = (event_date: string) => {
      const result = parseRecord(AcledRowSchema, { ...acled, event_date });
      return result.ok ? null : result.problems.map((p) => `${p.field}: ${p.message}`);
    };
    expect(fieldOf('2024-02-29')).toBeNull();
    expect(fieldOf('29 February 2024')).toBeNull();
    expect(fieldOf('2024-02-30')).toEqual(['event_date: is not a calendar date']);
    expect(fieldOf('31 April 2024')).toEqual(['event_date: is not a calendar date']);
    expect(fieldOf('11/10/2024')?.[0]).toMatch(/^event_date: is neither/);
  });

  it('reports a missing column', () => {
    const withoutLatitude = Object.fromEntries(
      Object.entries(acled).filter(([column]) => column !== 'latitude'),
    );
    const result = parseRecord(AcledRowSchema, withoutLatitude);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['latitude']);
  });
});

describe('UcdpRowSchema', () => {
  const ucdp = {
    id: '123456',
    relid: 'ISR-2024-1-891-1',
    date_start: '2024-09-23',
    date_end: '2024-09-23',
    date_prec: '1',
    lat: '33.2',
    lon: '35.4',
    where_prec: '1',
    best: '3',
    low: '3',
    high: '4',
    deaths_civilians: '',
    side_a_name: 'Government of Israel',
    side_b_name: 'Hezbollah',
    adm_1_name: '',
  };

  it('parses a row, empty optional numbers to null', () => {
    expect(UcdpRowSchema.parse(ucdp)).toMatchObject({
      date_prec: 1,
      lat: 33.2,
      best: 3,
      deaths_civilians: null,
      adm_1_name: null,
    });
  });

  it('rejects impossible dates and unknown precision codes', () => {
    expect(UcdpRowSchema.safeParse({ ...ucdp, date_start: '2024-02-30' }).success).toBe(false);
    expect(UcdpRowSchema.safeParse({ ...ucdp, where_prec: '8' }).success).toBe(false);
  });
});

describe('date schemas', () => {
  it('validate calendar dates and offset-free local times', () => {
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(LocalDateTimeSchema.safeParse('2024-06-12T20:15').success).toBe(true);
    expect(LocalDateTimeSchema.safeParse('2024-06-12T20:15:30').success).toBe(true);
    expect(LocalDateTimeSchema.safeParse('2024-06-12T20:15:30Z').success).toBe(false);
    expect(LocalDateTimeSchema.safeParse('2024-06-12T20:15+03:00').success).toBe(false);
  });
});

describe('KeyEventSchema', () => {
  const keyEvent = {
    id: 'gaza-truce',
    date: '2023-11-24',
    endDate: '2023-11-30',
    title: 'Gaza truce quiets the border',
    summary: 'A week-long truce in Gaza also brought a pause along the Blue Line.',
    tags: ['ceasefire', 'gaza'],
    sources: [{ outlet: 'Example Outlet', date: '2023-11-24', headline: 'Truce begins' }],
  };

  it('accepts an event spanning several days', () => {
    expect(KeyEventSchema.parse(keyEvent)).toEqual(keyEvent);
    expect(KeyEventSchema.safeParse({ ...keyEvent, endDate: keyEvent.date }).success).toBe(true);
  });

  it('rejects an endDate before the date, at the endDate path', () => {
    const result = parseRecord(KeyEventSchema, { ...keyEvent, endDate: '2023-11-23' });
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'endDate', message: 'endDate is before date' }],
    });
  });

  it('rejects bad slugs and nested source fields with dotted paths', () => {
    const result = parseRecord(KeyEventSchema, {
      ...keyEvent,
      id: 'Gaza Truce',
      sources: [{ ...keyEvent.sources[0], date: '2023-13-01' }],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['id', 'sources.0.date']);
  });
});

describe('PolygonSchema and PhaseSchema', () => {
  it('requires closed rings of at least four positions', () => {
    const ring = [
      [35, 33],
      [35.1, 33],
      [35.1, 33.1],
      [35, 33],
    ];
    expect(PolygonSchema.safeParse({ type: 'Polygon', coordinates: [ring] }).success).toBe(true);
    const open = parseRecord(PolygonSchema, {
      type: 'Polygon',
      coordinates: [[...ring.slice(0, 3), [35, 33.1]]],
    });
    expect(open).toEqual({
      ok: false,
      problems: [{ field: 'coordinates.0', message: 'ring is not closed' }],
    });
    expect(
      PolygonSchema.safeParse({ type: 'Polygon', coordinates: [[ring[0], ring[1], ring[0]]] })
        .success,
    ).toBe(false);
  });

  it('refuses a phase ending before it starts', () => {
    const phase = {
      id: 'p',
      name: 'Phase',
      start: '2024-01-02',
      end: '2024-01-01',
      summary: 'a test phase',
    };
    expect(PhaseSchema.safeParse(phase).success).toBe(false);
  });

  it('refuses empty rejection reasons in row counts', () => {
    expect(RowCountsSchema.safeParse({ read: 1, kept: 0, rejected: { '': 1 } }).success).toBe(
      false,
    );
  });
});

describe('parseRecord, parseOrThrow and InputError', () => {
  it('returns the typed value or the problems', () => {
    expect(parseRecord(IsoDateSchema, '2024-01-01')).toEqual({ ok: true, value: '2024-01-01' });
    const bad = parseRecord(IsoDateSchema, '2024-01-32');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.field).toBe('');
  });

  it('throws InputError as file:line: field: message, one line per problem', () => {
    let caught: unknown;
    try {
      parseOrThrow(
        AcledRowSchema,
        { ...acled, latitude: 'north', fatalities: '' },
        {
          file: 'acled.csv',
          line: 17,
        },
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const error = caught as InputError;
    expect(error.name).toBe('InputError');
    expect(error.message).toBe(
      'acled.csv:17: latitude: is not a decimal number\nacled.csv:17: fatalities: is not a non-negative integer',
    );
    expect(error.problems).toHaveLength(2);
    expect(error.location).toEqual({ file: 'acled.csv', line: 17 });
  });

  it('formats whole-record problems and missing locations', () => {
    expect(formatProblems([{ field: '', message: 'is not an object' }])).toBe(
      '(record): is not an object',
    );
    expect(formatProblems([], { file: 'x.json', line: 1 })).toBe('x.json:1: invalid input');
    expect(() => parseOrThrow(IsoDateSchema, 5)).toThrow(/^\(record\): /);
    expect(parseOrThrow(IsoDateSchema, '2024-01-01')).toBe('2024-01-01');
  });
});

describe('StepCopySchema', () => {
  const step = (paragraph: string) => ({ paragraphs: [paragraph], events: [], articles: ['csis'] });

  it('accepts fact keys and kf:/date:/day: placeholders', () => {
    const text =
      '{baselineStrikesWeekly} a week, {kf:oct-7-killed}, {date:ceasefire}, {day:ceasefire}.';
    expect(StepCopySchema.safeParse(step(text)).success).toBe(true);
    expect(placeholdersOf(text)).toEqual([
      'baselineStrikesWeekly',
      'kf:oct-7-killed',
      'date:ceasefire',
      'day:ceasefire',
    ]);
  });

  it('rejects a malformed placeholder, an unpaired brace, an unknown article and extra fields', () => {
    expect(StepCopySchema.safeParse(step('{kf:Not A Slug} here')).success).toBe(false);
    expect(StepCopySchema.safeParse(step('a { without its pair')).success).toBe(false);
    expect(StepCopySchema.safeParse({ ...step('fine'), articles: ['bbc'] }).success).toBe(false);
    expect(StepCopySchema.safeParse({ ...step('fine'), paragraph: ['typo'] }).success).toBe(false);
    expect(StepCopySchema.safeParse({ ...step('fine'), paragraphs: [] }).success).toBe(false);
  });
});
