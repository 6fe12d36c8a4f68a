/**
 * The text of every step, written by editors in `apps/story/content/steps/<chapter>.yaml` (see
 * CONTRIBUTING.md) and checked at build time by `step-copy-plugin.ts`: every step has copy,
 * every placeholder resolves to the snapshot or a key figure, every cited event exists.
 * Facts come from the sources, sentences do not (a unit test rejects any 10-word run shared with
 * a source article).
 */
import type { SpineArticle } from '@blueline/core';
import stepCopy from 'virtual:step-copy';
import type { StepId } from '$lib/story/chapters';
import type { CopyTemplate } from './t';

export type { SpineArticle } from '@blueline/core';

export interface StepCopy {
  /** The paragraphs, with `{placeholder}` slots checked against the fact keys at build time. */
  readonly paragraphs: readonly CopyTemplate[];
  /** Timeline events the step reports on; their sources are cited under the step. */
  readonly events: readonly string[];
  /** Spine articles the step draws on, cited under the step. */
  readonly articles: readonly SpineArticle[];
}

export const STEP_COPY: Readonly<Record<StepId, StepCopy>> = stepCopy;
