import { z } from 'zod';

/** The five reporting and analysis pieces the story is built around (see shared/sources). */
export const SPINE_ARTICLES = ['csis', 'nyt', 'toi', 'cnn-june', 'cnn-october'] as const;
/** One of the five spine articles, by its short name. */
export const SpineArticleSchema = z.enum(SPINE_ARTICLES);
/** One of the five spine articles, by its short name. */
export type SpineArticle = z.infer<typeof SpineArticleSchema>;

/** A `{placeholder}` slot: a fact key, or `kf:`, `date:` or `day:` followed by an id. */
const PLACEHOLDER = /\{([^{}]*)\}/g;
const PLACEHOLDER_NAME = /^(?:[a-zA-Z][a-zA-Z0-9]*|(?:kf|date|day):[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * One paragraph of step copy: plain prose with `{placeholder}` slots for every number and date.
 * The schema checks the slots' shape and the braces' balance; which names exist is for the app
 * that resolves them to decide.
 */
export const CopyParagraphSchema = z
  .string()
  .trim()
  .min(1, 'is empty')
  .superRefine((text, context) => {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? '';
      if (!PLACEHOLDER_NAME.test(name)) {
        context.addIssue({
          code: 'custom',
          message: `{${name}} is not a placeholder name (a fact key, or kf:/date:/day: and an id)`,
        });
      }
    }
    const unpaired = text.replace(PLACEHOLDER, '').match(/[{}]/);
    if (unpaired !== null) {
      context.addIssue({ code: 'custom', message: `has an unpaired "${unpaired[0]}"` });
    }
  });

/** The words of one scrolling step: its paragraphs and what it cites. */
export const StepCopySchema = z.strictObject({
  /** One or more paragraphs, in reading order. */
  paragraphs: z.array(CopyParagraphSchema).min(1),
  /** Timeline event ids the step reports on; their sources are cited under the step. */
  events: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug')),
  /** Spine articles the step draws on, cited under the step. */
  articles: z.array(SpineArticleSchema),
});
/** The words of one scrolling step. */
export type StepCopy = z.infer<typeof StepCopySchema>;

/** The placeholder names in a paragraph, in order of appearance. */
export function placeholdersOf(paragraph: string): string[] {
  return [...paragraph.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}
