import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  ACLED_REQUIRED_COLUMNS,
  createBlueLineMeasure,
  InputError,
  rejectedTotal,
} from '@blueline/core';
import { describe, expect, it } from 'vitest';
import { acledStrikes } from '../src/compose/acled-strikes.js';
import { loadAcled } from '../src/loaders/acled/load-acled.js';
import { fixture, tempFile } from './helpers.js';

const BLUE_LINE = createBlueLineMeasure([
  [35.1, 33.09],
  [35.6, 33.1],
  [35.85, 33.4],
]);

describe('loadAcled on a mixed fixture', () => {
  const file = fixture('acled', 'mixed.csv');

  it('keeps, de-duplicates and rejects every row once, and reconciles', async () => {
    const load = await loadAcled([file]);
    expect(load.counts).toEqual({
      read: 13,
      kept: 7,
      rejected: {
        'duplicate-older': 2,
        'duplicate-same-timestamp': 1,
        'invalid:latitude': 1,
        'invalid:record': 1,
        'out-of-period': 1,
      },
    });
    expect(load.counts.read).toBe(load.counts.kept + rejectedTotal(load.counts));
  });

  it('keeps the newest version of a repeated event id', async () => {
    const load = await loadAcled([file]);
    const tst1 = [...load.store.incidents()].find((event) => event.incident.id === 'acled:TST1');
    expect(tst1?.incident.fatalities).toBe(3);
    expect(tst1?.incident.provenance.timestamp).toBe(2000);
  });

  it('reads ACLED long dates and quoted fields', async () => {
    const load = await loadAcled([file]);
    const tst2 = [...load.store.incidents()].find((event) => event.incident.id === 'acled:TST2');
    expect(tst2?.incident.date).toBe('2024-09-12');
    expect(tst2?.incident.location.precision).toBe('area');
    expect(tst2?.incident.fatalities).toBe(1);
  });

  it('names file, line and field in its problems, counting lines inside quoted fields', async () => {
    const load = await loadAcled([file]);
    expect(load.issues).toContain(`${file}:13: latitude: is not a decimal number`);
    expect(load.issues.some((line) => line.startsWith(`${file}:15: record: has 5 fields`))).toBe(
      true,
    );
  });

  it('records each file by name, SHA-256 (hashed on a worker thread) and size', async () => {
    const load = await loadAcled([file]);
    const bytes = await readFile(file);
    expect(load.files).toEqual([
      {
        name: 'mixed.csv',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.length,
      },
    ]);
  });

  it('states the coverage inside the study period', async () => {
    const load = await loadAcled([file]);
    expect(load.coverage).toEqual({ from: '2023-10-08', to: '2024-09-12' });
  });

  it('applies the counting rules: side, theatre and event type', async () => {
    const strikes = acledStrikes(await loadAcled([file]), BLUE_LINE);
    expect(strikes.israel.map((event) => event.date).sort()).toEqual([
      '2024-01-10',
      '2024-03-01',
      '2024-09-12',
    ]);
    // TST3 is a Hezbollah clash located in Lebanon: the Hezbollah series is fire into Israel.
    expect(strikes.hezbollah).toHaveLength(0);
    expect(strikes.counts.kept).toBe(3);
    expect(strikes.counts.rejected).toMatchObject({
      'not-counted:side-other': 1,
      'not-counted:event-type': 1,
      'not-counted:outside-theatre': 2,
    });
    expect(strikes.counts.read).toBe(strikes.counts.kept + rejectedTotal(strikes.counts));
  });

  it('merges several files, the newest timestamp winning across them', async () => {
    const newer = await tempFile(
      'newer.csv',
      (await readFile(file, 'utf8'))
        .split('\n')
        .slice(0, 2)
        .join('\n')
        .replace(',0,,1000', ',5,,3000'),
    );
    const load = await loadAcled([file, newer]);
    const tst1 = [...load.store.incidents()].find((event) => event.incident.id === 'acled:TST1');
    expect(tst1?.incident.fatalities).toBe(5);
    expect(load.counts.rejected['duplicate-older']).toBe(3);
    expect(load.files.map((source) => source.name)).toEqual(['mixed.csv', 'newer.csv']);
  });
});

describe('loadAcled rejects each invalid field by name', () => {
  const header = ACLED_REQUIRED_COLUMNS.join(',');
  const valid: Record<(typeof ACLED_REQUIRED_COLUMNS)[number], string> = {
    event_id_cnty: 'TST1',
    event_date: '2024-01-10',
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike',
    actor1: 'Military Forces of Israel (2022-)',
    assoc_actor_1: '',
    actor2: '',
    country: 'Lebanon',
    admin1: 'South',
    admin2: 'Tyre',
    location: 'Test Village A',
    latitude: '33.2',
    longitude: '35.4',
    geo_precision: '1',
    fatalities: '0',
    timestamp: '1000',
  };
  const invalid: [keyof typeof valid, string][] = [
    ['event_id_cnty', ''],
    ['event_date', '2024-02-30'],
    ['event_type', ''],
    ['sub_event_type', ' '],
    ['actor1', ''],
    ['country', ''],
    ['latitude', '91'],
    ['longitude', 'east'],
    ['geo_precision', '4'],
    ['fatalities', '-1'],
    ['timestamp', ''],
  ];

  it.each(invalid)('%s = %j', async (field, value) => {
    const row = ACLED_REQUIRED_COLUMNS.map((column) => (column === field ? value : valid[column]));
    const file = await tempFile(
      'one.csv',
      `${header}\n${ACLED_REQUIRED_COLUMNS.map((c) => valid[c]).join(',')}\n${row.join(',')}\n`,
    );
    const load = await loadAcled([file]);
    expect(load.counts.rejected).toEqual({ [`invalid:${field}`]: 1 });
    expect(load.counts.kept).toBe(1);
    expect(load.issues[0]).toMatch(new RegExp(`^${file}:3: ${field}: `));
  });
});

describe('loadAcled on malformed files', () => {
  it('fails naming every missing column', async () => {
    const file = fixture('acled', 'missing-column.csv');
    await expect(loadAcled([file])).rejects.toThrow(
      `${file}:1: header: missing required column(s): latitude`,
    );
  });

  it('fails on a quote that is never closed, naming the line', async () => {
    const file = fixture('acled', 'unterminated.csv');
    const error: unknown = await loadAcled([file]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(String(error)).toContain(
      `${file}:2: (record): malformed CSV: Quoted field unterminated`,
    );
  });

  it('fails on a missing file instead of loading nothing', async () => {
    await expect(loadAcled([fixture('acled', 'absent.csv')])).rejects.toThrow(
      /absent\.csv:0: file: is missing or unreadable/,
    );
  });

  it('reads CRLF line ends, a byte-order mark and a last line without a newline', async () => {
    const load = await loadAcled([fixture('acled', 'crlf.csv')]);
    expect(load.counts).toEqual({ read: 1, kept: 1, rejected: {} });
  });
});
