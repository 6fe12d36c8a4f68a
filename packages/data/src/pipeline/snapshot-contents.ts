import {
  AgreementSnapshotSchema,
  CsisSnapshotSchema,
  GeographyTopologySchema,
  HexCellsSnapshotSchema,
  HistogramsSnapshotSchema,
  KeyFiguresSnapshotSchema,
  PhasesSnapshotSchema,
  PlacesSnapshotSchema,
  ProvenanceSnapshotSchema,
  SeriesSnapshotSchema,
  TimelineSnapshotSchema,
  WeeklySnapshotSchema,
  type SnapshotFile,
} from '@blueline/core';
import type { z } from 'zod';

/** The core schema every snapshot file is validated with before it is written. */
export const SNAPSHOT_SCHEMAS = {
  'weekly.json': WeeklySnapshotSchema,
  'histograms.json': HistogramsSnapshotSchema,
  'hex-cells.json': HexCellsSnapshotSchema,
  'phases.json': PhasesSnapshotSchema,
  'series.json': SeriesSnapshotSchema,
  'timeline.json': TimelineSnapshotSchema,
  'key-figures.json': KeyFiguresSnapshotSchema,
  'places.json': PlacesSnapshotSchema,
  'csis.json': CsisSnapshotSchema,
  'agreement.json': AgreementSnapshotSchema,
  'geography.topo.json': GeographyTopologySchema,
  'provenance.json': ProvenanceSnapshotSchema,
} as const satisfies Record<SnapshotFile, z.ZodType>;

/** The typed contents of every snapshot file. */
export type SnapshotContents = {
  -readonly [F in SnapshotFile]: z.output<(typeof SNAPSHOT_SCHEMAS)[F]>;
};
