/** Every piece of text the story prints, resolved against the snapshot, for the text tests. */
import { CHAPTER_COPY } from '$lib/copy/chapters';
import { FRONT } from '$lib/copy/front';
import { ALERT_FEED_NOTE, ANNOTATION_LABELS, GRAPHIC_COPY, LEGEND } from '$lib/copy/graphics';
import { METHODS_COPY } from '$lib/copy/methods';
import { STEP_COPY } from '$lib/copy/steps';
import { resolveTemplate, type Template } from '$lib/copy/template';
import type { CopyValues } from '$lib/facts/values';
import type { StoryPageData } from '$lib/page-data';
import { CHAPTERS, STEPS } from '$lib/story/chapters';

/** Every copy template, with where it comes from. */
export function allTemplates(): { where: string; template: Template<string> }[] {
  return [
    { where: 'front.dek', template: FRONT.dek },
    { where: 'front.dataNote', template: FRONT.dataNote },
    { where: 'front.description', template: FRONT.description },
    { where: 'front.shareCardSubtitle', template: FRONT.shareCardSubtitle },
    { where: 'graphics.alertFeed.long', template: ALERT_FEED_NOTE.long },
    { where: 'graphics.alertFeed.short', template: ALERT_FEED_NOTE.short },
    ...FRONT.findings.map((template, index) => ({ where: `front.findings[${index}]`, template })),
    ...CHAPTERS.flatMap((chapter) => [
      { where: `${chapter.id}.kicker`, template: CHAPTER_COPY[chapter.id].kicker },
      { where: `${chapter.id}.dek`, template: CHAPTER_COPY[chapter.id].dek },
    ]),
    ...STEPS.flatMap((step) =>
      STEP_COPY[step.id].paragraphs.map((template, index) => ({
        where: `${step.id}[${index}]`,
        template,
      })),
    ),
  ];
}

/** Every sentence-bearing string of the story, resolved. */
export function allStoryText(data: StoryPageData): { where: string; text: string }[] {
  const values: CopyValues = data.copy;
  const rules = data.methods.rules;
  return [
    ...allTemplates().map(({ where, template }) => ({
      where,
      text: resolveTemplate(template, values),
    })),
    { where: 'front.headline', text: FRONT.headline },
    ...CHAPTERS.map((chapter) => ({
      where: `${chapter.id}.title`,
      text: CHAPTER_COPY[chapter.id].title,
    })),
    ...Object.entries(GRAPHIC_COPY).flatMap(([kind, copy]) => [
      { where: `graphic.${kind}.title`, text: copy.title },
      { where: `graphic.${kind}.source`, text: copy.source },
    ]),
    ...Object.entries(LEGEND).map(([key, text]) => ({
      where: `legend.${key}`,
      text: typeof text === 'function' ? text('1 January 2024') : text,
    })),
    ...Object.entries(ANNOTATION_LABELS).map(([key, text]) => ({
      where: `annotation.${key}`,
      text,
    })),
    { where: 'methods.intro', text: METHODS_COPY.intro },
    { where: 'methods.weeks', text: METHODS_COPY.weeks(rules) },
    { where: 'methods.distance', text: METHODS_COPY.distance(rules) },
    { where: 'methods.alerts', text: METHODS_COPY.alerts(rules) },
    ...METHODS_COPY.sides(rules).map((text, index) => ({ where: `methods.sides[${index}]`, text })),
    ...METHODS_COPY.gaps(values).map((text, index) => ({
      where: `methods.gaps[${index}]`,
      text,
    })),
    ...METHODS_COPY.csisBox(values).map((text, index) => ({
      where: `methods.csisBox[${index}]`,
      text,
    })),
    { where: 'methods.csisIntro', text: METHODS_COPY.csisIntro('4 October 2024') },
    { where: 'descriptions.none', text: data.descriptions.none },
    ...STEPS.map((step) => ({
      where: `descriptions.${step.id}`,
      text: data.descriptions.steps[step.id],
    })),
  ];
}
