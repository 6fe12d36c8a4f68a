import { readFile } from 'node:fs/promises';
import { InputError, problemsFromZod, type SourceFile } from '@blueline/core';
import type { z } from 'zod';
import { describeFile } from '../files.js';

/** A parsed JSON file with its provenance record. */
export interface JsonFile<T> {
  readonly value: T;
  readonly source: SourceFile;
}

/**
 * Reads a JSON (or GeoJSON) file and validates it with `schema`.
 * @throws {InputError} naming the file and the offending fields when it is missing, not JSON
 * or not of the expected shape.
 */
export async function readJsonFile<S extends z.ZodType>(
  file: string,
  schema: S,
): Promise<JsonFile<z.output<S>>> {
  const source = await describeFile(file);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError([{ field: '', message: `not valid JSON: ${message}` }], { file, line: 0 });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new InputError(problemsFromZod(parsed.error), { file, line: 0 });
  return { value: parsed.data, source };
}
