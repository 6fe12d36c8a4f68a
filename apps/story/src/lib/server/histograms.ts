import { DEFAULT_DISTANCE_EDGES_KM, rebin, type DistanceHistogram } from '@blueline/core';
import type { StorySnapshot } from '$lib/snapshot';

/**
 * The snapshot's fine (1 km) histograms re-binned by core to the story's bins, for the chart and
 * its download.
 */
export function storyHistograms(snapshot: StorySnapshot): DistanceHistogram[] {
  return snapshot.histograms.map((histogram) => ({
    ...histogram,
    ...rebin(histogram, DEFAULT_DISTANCE_EDGES_KM),
  }));
}
