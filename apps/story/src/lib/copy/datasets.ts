/** The downloadable datasets, one per chart family. Files are written at build time. */
export const DATASETS = [
  {
    id: 'weekly',
    title: 'Weekly counts and distances',
    description:
      'Every week of every series: side, source, count, and mean, median and 90th-percentile distance from the Blue Line. Behind the weekly and distance charts.',
  },
  {
    id: 'distance-histograms',
    title: 'Distance histograms',
    description:
      'Events by distance from the Blue Line, per side, source and period, in the bins the story draws. Behind the histogram chart.',
  },
  {
    id: 'casualties-displacement',
    title: 'Casualty and displacement series',
    description:
      'Lebanese health ministry deaths and IOM displacement figures, with their definition breaks. Behind the casualties chart.',
  },
  {
    id: 'hex-cells',
    title: 'Weekly counts per map cell',
    description:
      'Events per H3 cell (resolution 7) per week, side and source; the JSON file adds each cell’s centre and outline. Behind the map.',
  },
  {
    id: 'csis-comparison',
    title: 'CSIS reported / we reproduce',
    description: 'The comparison table in the methods section.',
  },
] as const;

/** A dataset id. */
export type DatasetId = (typeof DATASETS)[number]['id'];

/** The file formats every dataset is offered in. */
export const DATASET_FORMATS = ['csv', 'json'] as const;

/** The file names of every download, e.g. `weekly.csv`. */
export const DATASET_FILES: readonly string[] = DATASETS.flatMap((dataset) =>
  DATASET_FORMATS.map((format) => `${dataset.id}.${format}`),
);
