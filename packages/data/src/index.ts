/**
 * @packageDocumentation
 * Typed, ready-to-use accessors for the committed aggregate snapshot of the 2023–2024
 * Israel–Hezbollah escalation. Browser-safe: no Node built-ins, so it works in the API (Node)
 * and in the SvelteKit/Vite build. Each file was validated against its `@blueline/core` schema
 * when the pipeline wrote it. The build pipeline is `@blueline/data/pipeline` (Node only); the
 * snapshot's directory on disk is exported by `@blueline/data/node`.
 */
export { weekly } from './accessors/weekly.js';
export { histograms } from './accessors/histograms.js';
export { hexCells } from './accessors/hex-cells.js';
export { phases } from './accessors/phases.js';
export { series } from './accessors/series.js';
export { timeline } from './accessors/timeline.js';
export { keyFigures } from './accessors/key-figures.js';
export { places } from './accessors/places.js';
export { csis } from './accessors/csis.js';
export { agreement } from './accessors/agreement.js';
export { geography } from './accessors/geography.js';
export { provenance } from './accessors/provenance.js';
export { geoLayer, type GeoLayer, type GeoLayerFeature } from './accessors/geo-layer.js';
