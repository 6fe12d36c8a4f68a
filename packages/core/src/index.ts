/**
 * @packageDocumentation
 * The typed domain model and pure analysis functions of the Israel–Hezbollah escalation
 * project. No I/O and no Node-only imports: it runs in Node and in the browser. H3 hex cells
 * live in the separate `@blueline/core/hex` entry point.
 */
export * from './schemas/index.js';
export * from './errors.js';
export * from './time/dates.js';
export * from './time/weeks.js';
export * from './sides/actors.js';
export * from './sides/counting-rule.js';
export * from './geo/distance.js';
export * from './stats/summary.js';
export * from './stats/histogram.js';
export * from './aggregate/weekly.js';
export * from './aggregate/baseline.js';
export * from './aggregate/phases.js';
export * from './aggregate/reconcile.js';
export * from './aggregate/tolerance.js';
export * from './alerts/cluster.js';
export * from './format/csv.js';
export * from './sides/theatre.js';
export * from './aggregate/periods.js';
export * from './aggregate/agreement.js';
export * from './alerts/merge.js';
export * from './geo/unscr1701-zone.js';
export * from './aggregate/hex-window.js';
export * from './format/csv-rows.js';
export * from './query/index.js';
export * from './schemas/geography-topology.js';
export * from './aggregate/weekly-columns.js';
export * from './aggregate/version-seam.js';
export * from './aggregate/completeness.js';
