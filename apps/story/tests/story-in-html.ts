/**
 * Whether a prerendered page contains the whole story. Shared by the build unit test and the
 * browser tests' no-JavaScript check.
 */
import { CHAPTER_COPY } from '$lib/copy/chapters';
import { METHODS_COPY } from '$lib/copy/methods';
import { STEP_COPY } from '$lib/copy/steps';
import { resolveTemplate } from '$lib/copy/template';
import type { StoryPageData } from '$lib/page-data';
import { CHAPTERS, STEPS } from '$lib/story/chapters';

/** HTML text as a browser shows it: tags dropped, entities decoded, spaces collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every chapter title and step paragraph that the text does not contain (empty = complete). */
export function findMissingStoryText(htmlOrText: string, data: StoryPageData): string[] {
  const text = htmlOrText.includes('<') ? visibleText(htmlOrText) : squash(htmlOrText);
  const expected = [
    ...CHAPTERS.map((chapter) => CHAPTER_COPY[chapter.id].title),
    METHODS_COPY.title,
    ...STEPS.flatMap((step) =>
      STEP_COPY[step.id].paragraphs.map((paragraph) =>
        squash(resolveTemplate(paragraph, data.copy)),
      ),
    ),
  ];
  return expected.filter((one) => !text.includes(one));
}
