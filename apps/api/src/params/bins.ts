/**
 * The `bins` parameter: distance edges in km, comma-separated. Only the syntax is checked here;
 * whether the edges can be formed from the snapshot's fine bins is core `rebin`'s decision.
 */
import { z } from '@hono/zod-openapi';

/** More edges than this is not a histogram any chart could show. */
export const MAX_BIN_EDGES = 100;

const NUMBER = /^\d+(\.\d+)?$/;

/** `bins=0,2,5,10` → `[0, 2, 5, 10]`. */
export const BinsParam = z
  .string()
  .transform((value, context) => {
    const parts = value.split(',');
    if (parts.length > MAX_BIN_EDGES) {
      context.addIssue({ code: 'custom', message: `has more than ${MAX_BIN_EDGES} edges` });
      return z.NEVER;
    }
    const bad = parts.find((part) => !NUMBER.test(part.trim()));
    if (bad !== undefined) {
      context.addIssue({
        code: 'custom',
        message: `must be comma-separated distances in km (e.g. 0,2,5,10); "${bad}" is not one`,
      });
      return z.NEVER;
    }
    return parts.map((part) => Number(part.trim()));
  })
  .optional()
  .openapi({
    type: 'string',
    description:
      'Bin edges in km, comma-separated, starting at 0 and strictly increasing; the last bin is open-ended. Each edge must be a whole km (the snapshot keeps 1-km bins). Default: 0,2,5,10,20,40.',
    example: '0,2,5,10',
  });
