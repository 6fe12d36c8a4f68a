import { loadSnapshot } from '$lib/server/snapshot';
import { buildStoryData } from '$lib/server/story-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => buildStoryData(loadSnapshot());
