/** Numeric query parameters, parsed strictly: `1e3`, `0x10` or ` 5` are refused, not coerced. */
import { z } from '@hono/zod-openapi';

/** A non-negative decimal like `0`, `2.5`. */
export function kmParam(description: string, example: string) {
  return z
    .string()
    .regex(/^\d{1,6}(\.\d{1,6})?$/, 'must be a non-negative decimal number of km, e.g. 2.5')
    .transform(Number)
    .optional()
    .openapi({ type: 'string', description, example });
}

/** A page size in 1…`max`, `fallback` when left out. */
export function limitParam(max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d{1,7}$/, `must be a whole number from 1 to ${max}`)
    .transform(Number)
    .pipe(z.number().min(1, `must be at least 1`).max(max, `must be at most ${max}`))
    .default(fallback)
    .openapi({
      type: 'string',
      description: `Rows per page, 1–${max}; default ${fallback}.`,
      example: '100',
    });
}
