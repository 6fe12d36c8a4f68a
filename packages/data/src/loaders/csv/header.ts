import { InputError } from '@blueline/core';

/**
 * Maps each required column to its index in the header.
 * @throws {InputError} naming the file and every missing column: a file without a required
 * column is malformed, and must fail the build rather than load as empty.
 */
export function indexColumns<const C extends string>(
  file: string,
  header: readonly string[],
  required: readonly C[],
): Record<C, number> {
  const positions = new Map(header.map((name, index) => [name.trim(), index]));
  const missing = required.filter((column) => !positions.has(column));
  if (missing.length > 0) {
    throw new InputError(
      [{ field: 'header', message: `missing required column(s): ${missing.join(', ')}` }],
      { file, line: 1 },
    );
  }
  const indexes = {} as Record<C, number>;
  for (const column of required) indexes[column] = positions.get(column) ?? -1;
  return indexes;
}
