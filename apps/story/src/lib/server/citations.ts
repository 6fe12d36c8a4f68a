/** The sources cited under each step, all taken from the snapshot's timeline and key figures. */
import type { SourceRef } from '@blueline/core';
import type { SpineArticle } from '$lib/copy/steps';
import { STEP_COPY } from '$lib/copy/steps';
import { slotsOf } from '$lib/copy/template';
import type { Citation } from '$lib/page-data';
import type { StorySnapshot } from '$lib/snapshot';
import { STEPS, type StepId } from '$lib/story/chapters';

/** How each spine article is recognised among the snapshot's citations. */
const SPINE_MATCH: Readonly<Record<SpineArticle, (source: SourceRef) => boolean>> = {
  csis: (source) => source.outlet.includes('CSIS'),
  nyt: (source) => source.outlet === 'The New York Times',
  toi: (source) => source.outlet === 'The Times of Israel' && source.date.startsWith('2024-06'),
  'cnn-june': (source) => source.outlet === 'CNN' && source.date.startsWith('2024-06'),
  'cnn-october': (source) => source.outlet === 'CNN' && source.date.startsWith('2024-10'),
};

function allSources(snapshot: StorySnapshot): SourceRef[] {
  return [
    ...snapshot.timeline.flatMap((event) => event.sources),
    ...snapshot.keyFigures.map((figure) => figure.source),
  ];
}

/** The snapshot's citation of a spine article. */
export function spineSource(snapshot: StorySnapshot, article: SpineArticle): SourceRef {
  const found = allSources(snapshot).find(SPINE_MATCH[article]);
  if (found === undefined) throw new Error(`No citation of the spine article "${article}"`);
  return found;
}

function citation(source: SourceRef): Citation {
  return {
    outlet: source.outlet,
    date: source.date,
    headline: source.headline,
    ...(source.url === undefined ? {} : { url: source.url }),
    ...(source.author === undefined ? {} : { author: source.author }),
  };
}

/** Each step's citations: its spine articles, its events' sources and its key figures' sources. */
export function buildCitations(snapshot: StorySnapshot): Record<StepId, Citation[]> {
  const entries = STEPS.map((step): [StepId, Citation[]] => {
    const copy = STEP_COPY[step.id];
    const figureIds = copy.paragraphs
      .flatMap((paragraph) => slotsOf(paragraph))
      .filter((slot) => slot.startsWith('kf:'))
      .map((slot) => slot.slice(3));
    const sources: SourceRef[] = [
      ...copy.articles.map((article) => spineSource(snapshot, article)),
      ...copy.events.flatMap(
        (id) => snapshot.timeline.find((event) => event.id === id)?.sources ?? [],
      ),
      ...figureIds.flatMap((id) => {
        const figure = snapshot.keyFigures.find((one) => one.id === id);
        return figure === undefined ? [] : [figure.source];
      }),
    ];
    const unique = new Map(
      sources.map((source) => [`${source.outlet}|${source.headline}`, source]),
    );
    return [step.id, [...unique.values()].map(citation)];
  });
  return Object.fromEntries(entries) as Record<StepId, Citation[]>;
}
