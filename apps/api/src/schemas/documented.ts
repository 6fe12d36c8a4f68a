/**
 * Core's schemas, named for the OpenAPI document. Named with zod's own `.meta({ id })` rather
 * than `.openapi()`: @hono/zod-openapi adds `.openapi()` to schemas created after it loads, and
 * core's schemas may be created before it (import order is not ours to fix in every caller);
 * zod-to-openapi reads `.meta()` ids as component names either way. Done once per process here,
 * because zod's registry refuses a second schema with the same id.
 */
import {
  CsisSnapshotSchema,
  DatedSeriesSchema,
  DistanceHistogramSchema,
  HexCellsSnapshotSchema,
  IncidentRecordSchema,
  KeyEventSchema,
  KeyFigureSchema,
  PhasesSnapshotSchema,
  ProvenanceSchema,
  SummarySchema,
  WeeklyRowSchema,
} from '@blueline/core';

export const WeeklyRowDoc = WeeklyRowSchema.meta({ id: 'WeeklyRow' });
export const DistanceHistogramDoc = DistanceHistogramSchema.meta({ id: 'DistanceHistogram' });
export const HexCellsDoc = HexCellsSnapshotSchema.meta({ id: 'HexCells' });
export const KeyEventDoc = KeyEventSchema.meta({ id: 'KeyEvent' });
export const KeyFigureDoc = KeyFigureSchema.meta({ id: 'KeyFigure' });
export const PhasesDoc = PhasesSnapshotSchema.meta({ id: 'Phases' });
export const SummaryDoc = SummarySchema.meta({ id: 'Summary' });
export const IncidentRecordDoc = IncidentRecordSchema.meta({ id: 'Incident' });
export const DatedSeriesDoc = DatedSeriesSchema.meta({ id: 'DatedSeries' });
export const CsisDoc = CsisSnapshotSchema.meta({ id: 'CsisComparison' });
export const ProvenanceDoc = ProvenanceSchema.meta({ id: 'Provenance' });
