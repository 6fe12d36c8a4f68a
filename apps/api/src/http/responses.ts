/** OpenAPI response entries shared by every route. */
import { z } from '@hono/zod-openapi';
import { PROBLEM_CONTENT_TYPE } from './problem.js';

/** RFC 9457 problem details, as the API sends them. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/docs#problem-invalid-parameters' }),
    title: z.string().openapi({ example: 'Invalid request parameters' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string(),
    instance: z.string().openapi({ example: '/v1/weekly?side=isreal' }),
    errors: z
      .array(
        z.object({
          name: z.string().openapi({ example: 'side' }),
          in: z.enum(['query', 'path']),
          reason: z.string().openapi({
            example: 'Invalid option: expected one of "israel"|"hezbollah"|"all"',
          }),
        }),
      )
      .optional(),
  })
  .openapi('Problem');

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
});

/** The error responses of a route with parameters. */
export const ERROR_RESPONSES = {
  400: problem('A parameter is invalid, unknown or repeated; `errors` names each one.'),
  414: problem('The URL is longer than 2,048 characters.'),
} as const;

/** 304 for conditional requests. */
export const NOT_MODIFIED_RESPONSE = {
  304: { description: 'The copy named in `If-None-Match` is current.' },
} as const;

export { problem as problemResponseEntry };
