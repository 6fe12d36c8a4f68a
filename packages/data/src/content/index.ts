/**
 * Sourced editorial content for the story: the timeline, key figures and phases, read from the
 * YAML files in `packages/data/content/` (see CONTRIBUTING.md) and validated with core's
 * schemas when this module is first imported, so a wrong field stops the build with
 * `file:line: field: message`.
 */
import type { SourceRef } from '@blueline/core';
import { packageDir } from '../paths.js';
import { loadContent } from './load-content.js';

export {
  CONTENT_FILES,
  loadContent,
  parseKeyFigures,
  parseNamedSources,
  parsePhases,
  parseTimeline,
  type Content,
  type NamedSources,
  type Parsed,
} from './load-content.js';
export {
  ContentDocument,
  ContentError,
  duplicateIdProblems,
  formatContentProblem,
  validateEntry,
  type ContentProblem,
} from './parse-yaml.js';

/** Where the content files live: `packages/data/content/`. */
export const contentDir = `${packageDir}content`;

const content = loadContent(contentDir);

/** The timeline, in file order (the snapshot sorts it by date). */
export const timeline = content.timeline;
/** The key figures, in file order (the snapshot sorts them by id). */
export const keyFigures = content.keyFigures;
/** The named phases, in file order. */
export const phases = content.phases;

function named(name: string): SourceRef {
  const source = content.sources.get(name);
  if (source === undefined) throw new Error(`sources.yaml has no source "${name}"`);
  return source;
}

/** The five reporting and analysis pieces the story is built around (see shared/sources). */
export const spineSources = {
  nytTruce: named('nyt'),
  toiOffRamp: named('toi'),
  csisEscalating: named('csis'),
  cnnAssurances: named('cnn-june'),
  cnnNotPushing: named('cnn-october'),
} as const;
