/**
 * The downloadable datasets, one per chart family. Their titles, descriptions and sources live
 * in core (`PUBLISHED_DATASETS`), because the API serves the same metadata for the same files.
 */
import { PUBLISHED_DATASETS, type PublishedDatasetId } from '@blueline/core';

export const DATASETS = PUBLISHED_DATASETS;

/** A dataset id. */
export type DatasetId = PublishedDatasetId;

/** The file formats every dataset is offered in. */
export const DATASET_FORMATS = ['csv', 'json'] as const;

/** The file names of every download, e.g. `weekly.csv`. */
export const DATASET_FILES: readonly string[] = DATASETS.flatMap((dataset) =>
  DATASET_FORMATS.map((format) => `${dataset.id}.${format}`),
);

/** The OWID-style metadata file beside each dataset's downloads, e.g. `weekly.metadata.json`. */
export const metadataFile = (id: DatasetId): string => `${id}.metadata.json`;

/** Every file under /data: the downloads and their metadata. */
export const DATA_FILES: readonly string[] = [
  ...DATASET_FILES,
  ...DATASETS.map((dataset) => metadataFile(dataset.id)),
];
