/** The snapshot as the story sees it: one typed value per snapshot file. */
import type {
  AgreementSnapshot,
  CsisSnapshot,
  DatedSeries,
  DistanceHistogram,
  HexCellsSnapshot,
  KeyEvent,
  KeyFigure,
  MapPlace,
  PhasesSnapshot,
  Provenance,
  WeeklyRow,
} from '@blueline/core';
import type { Topology } from 'topojson-specification';

export interface StorySnapshot {
  readonly weekly: readonly WeeklyRow[];
  readonly histograms: readonly DistanceHistogram[];
  readonly hexCells: HexCellsSnapshot;
  readonly phases: PhasesSnapshot;
  readonly series: readonly DatedSeries[];
  readonly timeline: readonly KeyEvent[];
  readonly keyFigures: readonly KeyFigure[];
  readonly places: readonly MapPlace[];
  readonly csis: CsisSnapshot;
  readonly agreement: AgreementSnapshot;
  readonly geography: Topology;
  readonly provenance: Provenance;
}
