/** The `tag` parameter of /v1/timeline: one or more of core's timeline tags, comma-separated. */
import { KEY_EVENT_TAGS, KeyEventTagSchema, type KeyEventTag } from '@blueline/core';
import { z } from '@hono/zod-openapi';

/** `tag=ceasefire,diplomacy` → `['ceasefire', 'diplomacy']`; an event needs any one of them. */
export const TagsParam = z
  .string()
  .transform((value, context): KeyEventTag[] => {
    const tags: KeyEventTag[] = [];
    const unknown: string[] = [];
    for (const part of value.split(',')) {
      const parsed = KeyEventTagSchema.safeParse(part.trim());
      if (parsed.success) tags.push(parsed.data);
      else unknown.push(part.trim());
    }
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `has unknown tags (${unknown.map((tag) => `"${tag}"`).join(', ')}); tags are ${KEY_EVENT_TAGS.join(', ')}`,
      });
      return z.NEVER;
    }
    return tags;
  })
  .optional()
  .openapi({
    type: 'string',
    description: `Comma-separated tags; an event matches if it has any of them. Tags: ${KEY_EVENT_TAGS.join(', ')}.`,
    example: 'ceasefire,diplomacy',
  });
