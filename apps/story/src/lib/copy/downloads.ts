/**
 * Words of the download list. Kept apart from `datasets.ts`, which imports core's dataset
 * catalogue (and with it zod): the page's JavaScript needs only these strings.
 */
export const DOWNLOADS_COPY = {
  metadataLink: 'metadata (citation, licence, as-of date)',
} as const;
