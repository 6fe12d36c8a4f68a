/** OpenAPI description of /v1/incidents pages, around core's `IncidentRecordSchema`. */
import { z } from '@hono/zod-openapi';
import { IncidentRecordDoc } from './documented.js';

/** One page. */
export const IncidentPageSchema = z
  .object({
    incidents: z.array(IncidentRecordDoc),
    next: z
      .string()
      .nullable()
      .openapi({ description: 'Cursor of the next page; null on the last page.' }),
    limit: z.number().int(),
  })
  .openapi('IncidentPage');
