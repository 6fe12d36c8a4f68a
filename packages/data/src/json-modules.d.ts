/**
 * Snapshot JSON files are typed by the core schemas they were validated with, not by
 * TypeScript's inference from their contents (which for a megabyte of JSON is slow and yields
 * plain `string`s where the schemas have unions): accessors cast from `unknown`.
 */
declare module '*.json' {
  const value: unknown;
  export default value;
}
