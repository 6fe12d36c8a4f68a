/**
 * The one place the story reads the snapshot: `@blueline/data`'s typed accessors (each file was
 * validated against its core schema when the pipeline wrote it). Everything else receives one
 * typed value.
 */
import {
  agreement,
  csis,
  geography,
  hexCells,
  histograms,
  keyFigures,
  phases,
  places,
  provenance,
  series,
  timeline,
  weekly,
} from '@blueline/data';
import type { Topology } from 'topojson-specification';
import type { StorySnapshot } from '$lib/snapshot';

const snapshot: StorySnapshot = {
  weekly,
  histograms,
  hexCells,
  phases,
  series,
  timeline,
  keyFigures,
  places,
  csis,
  agreement,
  // The same TopoJSON, typed for topojson-client.
  geography: geography as unknown as Topology,
  provenance,
};

/** The whole snapshot. */
export function loadSnapshot(): StorySnapshot {
  return snapshot;
}
