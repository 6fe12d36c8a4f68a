import { ACLED_COLUMNS, AcledRowSchema, ACLED_REQUIRED_COLUMNS } from '@blueline/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AcledFieldValidators, type AcledColumn } from '../src/loaders/acled/field-validators.js';

// Per column: values the schema accepts and values it refuses, mixed at random below.
const good: Record<AcledColumn, string[]> = {
  event_id_cnty: ['TST1', ' TST2 '],
  event_date: ['2024-09-23', '23 September 2024', '1 October 2024'],
  event_type: ['Explosions/Remote violence', 'Battles'],
  sub_event_type: ['Air/drone strike', 'Armed clash'],
  actor1: ['Military Forces of Israel (2022-)', 'Hezbollah'],
  assoc_actor_1: ['', 'Hezbollah; Students (Lebanon)'],
  actor2: ['', 'Civilians (Lebanon)'],
  country: ['Lebanon', 'Israel'],
  admin1: ['', 'South'],
  admin2: ['', 'Tyre'],
  location: ['', 'Naqoura'],
  latitude: ['33.1', ' 33.25 ', '-12'],
  longitude: ['35.2', '179.9'],
  geo_precision: ['1', '2', '3'],
  fatalities: ['0', '12'],
  timestamp: ['1728963292', '0'],
};
const bad: Partial<Record<AcledColumn, string[]>> = {
  event_id_cnty: ['', '   '],
  event_date: ['2024-02-30', '31 Sept 2024', '2024/09/23', ''],
  event_type: [''],
  actor1: [''],
  country: [''],
  latitude: ['91', 'north', '', '1e3'],
  longitude: ['-181', ''],
  geo_precision: ['4', '0', ''],
  fatalities: ['-1', '1.5', ''],
  timestamp: ['', 'x'],
};

const row = fc.record(
  Object.fromEntries(
    ACLED_COLUMNS.map((column) => [
      column,
      fc.constantFrom(...good[column], ...(bad[column] ?? [])),
    ]),
  ) as Record<AcledColumn, fc.Arbitrary<string>>,
);

describe('AcledFieldValidators', () => {
  it('accepts exactly the rows AcledRowSchema accepts, with the same values and first field (property)', () => {
    const validators = new AcledFieldValidators();
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        // Several rows per run, so cached and previous-row answers are exercised too.
        for (const record of rows) {
          const expected = AcledRowSchema.safeParse(record);
          // The fields in reverse schema order, as a file may hold them.
          const fields = ACLED_COLUMNS.map((column) => record[column]).reverse();
          const positions = ACLED_COLUMNS.map((_, index) => ACLED_COLUMNS.length - 1 - index);
          const problem = validators.validate(fields, positions);
          expect(problem === null).toBe(expected.success);
          if (problem === null && expected.success) expect(validators.row()).toEqual(expected.data);
          if (problem !== null && !expected.success) {
            expect(problem.field).toBe(String(expected.error.issues[0]?.path[0]));
            expect(problem.message).toBe(expected.error.issues[0]?.message);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a column the file lacks as empty', () => {
    const validators = new AcledFieldValidators();
    const record = Object.fromEntries(ACLED_REQUIRED_COLUMNS.map((c) => [c, good[c][0] ?? '']));
    const fields = ACLED_COLUMNS.map((column) => record[column] ?? 'not read');
    const positions = ACLED_COLUMNS.map((column, index) =>
      ACLED_REQUIRED_COLUMNS.includes(column) ? index : -1,
    );
    expect(validators.validate(fields, positions)).toBeNull();
    expect([validators.value('actor2'), validators.value('admin2')]).toEqual([null, null]);
  });
});
