/** Registers every route that serves the snapshot. */
import { registerCells } from './cells.js';
import { registerCsis } from './csis.js';
import type { ApiApp, RouteContext } from './context.js';
import { registerDistance } from './distance.js';
import { registerGeo } from './geo.js';
import { registerKeyFigures } from './key-figures.js';
import { registerMetadata } from './metadata.js';
import { registerPhases } from './phases.js';
import { registerProvenance } from './provenance.js';
import { registerSeries } from './series.js';
import { registerSummary } from './summary.js';
import { registerTimeline } from './timeline.js';
import { registerWeekly } from './weekly.js';

/** Registers the /v1 snapshot routes, in the order /docs lists them. */
export function registerSnapshotRoutes(app: ApiApp, context: RouteContext): void {
  registerSummary(app, context);
  registerProvenance(app, context);
  registerMetadata(app, context);
  registerCsis(app, context);
  registerWeekly(app, context);
  registerDistance(app, context);
  registerPhases(app, context);
  registerCells(app, context);
  registerGeo(app, context);
  registerSeries(app, context);
  registerTimeline(app, context);
  registerKeyFigures(app, context);
}
