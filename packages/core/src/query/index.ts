/*
 * Query helpers for clients of the snapshot (the API, the story's downloads): filters and
 * output shapes that must give the same answer wherever they run.
 */
export * from './timeline.js';
export * from './hex-cells.js';
export * from './summary.js';
export * from './histograms.js';
export * from './incidents.js';
export * from './dataset-metadata.js';
