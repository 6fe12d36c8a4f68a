/**
 * @packageDocumentation
 * Node-only helpers of `@blueline/data`: where the committed snapshot and the raw data live on
 * disk. Kept out of the main entry, which must stay browser-safe.
 */
export { defaultRawDir, packageDir, snapshotDir, snapshotPath } from './paths.js';
