/**
 * Query schemas that reject parameters they do not know: a misspelt filter (`sdie=israel`) must
 * fail loudly rather than silently return unfiltered data.
 */
import { z } from '@hono/zod-openapi';

/** A query object whose unknown keys are refused, naming the parameters it does take. */
export function strictQuery<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  const takes = known.length === 0 ? 'no parameters' : `only ${known.join(', ')}`;
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `is not a parameter of this endpoint, which takes ${takes}`
        : undefined,
  });
}
