/**
 * Cross-parameter checks for `from`/`to`: ordered, and within the dates the data covers, so an
 * empty answer always means "no events" and never "you asked outside the data".
 */
import type { z } from '@hono/zod-openapi';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** First and last date a dataset covers (inclusive). */
export interface DateBounds {
  readonly from: string;
  readonly to: string;
}

/** Adds issues on `from`/`to` when they fall outside `bounds` or are reversed. */
export function checkDateRange(
  query: { readonly from?: string | undefined; readonly to?: string | undefined },
  bounds: DateBounds,
  context: z.RefinementCtx,
): void {
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    // Malformed dates already have their own issue; comparing them would only add noise.
    if (value === undefined || !ISO_DATE.test(value)) continue;
    if (value < bounds.from || value > bounds.to) {
      context.addIssue({
        code: 'custom',
        path: [name],
        message: `must lie within the data, ${bounds.from} to ${bounds.to}`,
      });
    }
  }
  const { from, to } = query;
  if (
    from !== undefined &&
    to !== undefined &&
    ISO_DATE.test(from) &&
    ISO_DATE.test(to) &&
    from > to
  ) {
    context.addIssue({
      code: 'custom',
      path: ['from'],
      message: `is after "to" (${to})`,
    });
  }
}
