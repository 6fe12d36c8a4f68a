import type { SnapshotContents } from '@blueline/core';
import type { Topology } from 'topojson-specification';

/** The snapshot as the story reads it: topojson-client wants the geography as a `Topology`. */
export interface StorySnapshot extends Omit<SnapshotContents, 'geography'> {
  readonly geography: Topology;
}
