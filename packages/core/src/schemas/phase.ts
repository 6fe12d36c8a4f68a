import { z } from 'zod';
import { IsoDateSchema } from './primitives.js';

/** A named period of the conflict, used to summarise the weekly series. Dates are inclusive. */
export const PhaseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'),
    name: z.string().min(3),
    start: IsoDateSchema,
    end: IsoDateSchema,
    summary: z.string().min(10),
  })
  .refine((phase) => phase.end >= phase.start, { message: 'end is before start', path: ['end'] });
/** A named period of the conflict. */
export type Phase = z.infer<typeof PhaseSchema>;
