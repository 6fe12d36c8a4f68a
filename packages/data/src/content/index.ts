/**
 * Sourced editorial content for the story: the timeline, key figures and phases.
 * Written fresh from real publications; see each module's header for the writing rules.
 */
export { spineSources, timeline } from './timeline.js';
export { keyFigures } from './key-figures.js';
export { phases } from './phases.js';
