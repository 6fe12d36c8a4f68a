/** The real snapshot and the page data built from it, loaded once per test file. */
import { buildStoryData } from '$lib/server/story-data';
import { loadSnapshot } from '$lib/server/snapshot';

export const snapshot = loadSnapshot();
export const pageData = buildStoryData(snapshot);
