import type { CopyKey } from '$lib/facts/keys';
import { templateFactory, type Template } from './template';

/** A copy template whose placeholders are checked against the story's fact keys. */
export type CopyTemplate = Template<CopyKey>;

/** Writes a copy template: `t('{baselineStrikesWeekly} strikes a week')`. */
export const t = templateFactory<CopyKey>();
