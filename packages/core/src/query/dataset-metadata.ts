/**
 * The published datasets (the story's downloads and the API answers with the same bytes) and
 * their OWID-style metadata: what the data are, how to cite them, under which licences, up to
 * which date, and from which sources. The story writes `<name>.metadata.json` beside each
 * download and the API serves the same bytes at /v1/metadata/<name>, so both come from here.
 */
import { z } from 'zod';
import type { Provenance } from '../schemas/provenance.js';

/** A dataset the project publishes as CSV and JSON. */
export interface PublishedDataset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Provenance ids of the sources its numbers come from. */
  readonly sources: readonly string[];
  /** The API path that answers with the same bytes (`?format=csv` for CSV). */
  readonly apiPath: string;
}

const EVENT_SOURCES = [
  'acled',
  'acled-lebanon-later',
  'acled-israel',
  'ucdp',
  'hfc-alerts-official',
  'hfc-alerts-cumta',
  'hfc-alert-areas',
];
const GEOGRAPHY = 'geography-dcw-gshhg';

/** Every published dataset, one per chart family, in the order the story lists them. */
export const PUBLISHED_DATASETS = [
  {
    id: 'weekly',
    title: 'Weekly counts and distances',
    description:
      'Every week of every series: side, source, count, and mean, median and 90th-percentile distance from the Blue Line. Behind the weekly and distance charts.',
    sources: [...EVENT_SOURCES, GEOGRAPHY],
    apiPath: '/v1/weekly',
  },
  {
    id: 'distance-histograms',
    title: 'Distance histograms',
    description:
      'Events by distance from the Blue Line, per side, source and period, in the bins the story draws. Behind the histogram chart.',
    sources: [...EVENT_SOURCES, GEOGRAPHY],
    apiPath: '/v1/distance',
  },
  {
    id: 'casualties-displacement',
    title: 'Casualty and displacement series',
    description:
      'Lebanese health ministry deaths and IOM displacement figures, with their definition breaks. Behind the casualties chart.',
    sources: ['moph-dtm'],
    apiPath: '/v1/series',
  },
  {
    id: 'hex-cells',
    title: 'Weekly counts per map cell',
    description:
      'Events per H3 cell (resolution 7) per week, side and source; the JSON file adds each cell’s centre and outline. Behind the map.',
    sources: EVENT_SOURCES,
    apiPath: '/v1/cells',
  },
  {
    id: 'csis-comparison',
    title: 'CSIS reported / we reproduce',
    description: 'The comparison table in the methods section.',
    sources: [
      'acled',
      'acled-lebanon-later',
      'acled-israel',
      'hfc-alerts-official',
      'hfc-alerts-cumta',
      'hfc-alert-areas',
      GEOGRAPHY,
    ],
    apiPath: '/v1/csis',
  },
] as const satisfies readonly PublishedDataset[];

/** A published dataset's id. */
export type PublishedDatasetId = (typeof PUBLISHED_DATASETS)[number]['id'];

/** The project that computes and publishes the aggregates. */
export const PUBLISHER = {
  name: 'Blue Line project',
  licence:
    'Aggregates computed by the Blue Line project; the code is MIT-licensed. The numbers derive from the sources listed, and each source’s licence and attribution apply to what is derived from it.',
} as const;

/** `<name>.metadata.json`: one dataset's description, citation, licences and as-of date. */
export const DatasetMetadataSchema = z.object({
  title: z.string(),
  description: z.string(),
  /** The latest date any of its sources covers. */
  dateAsOf: z.string(),
  citation: z.string(),
  publisher: z.string(),
  licence: z.string(),
  files: z.array(z.string()),
  api: z.string(),
  sources: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      coverage: z.object({ from: z.string(), to: z.string() }).nullable(),
      licence: z.string(),
      attribution: z.string(),
    }),
  ),
});
/** `<name>.metadata.json`. */
export type DatasetMetadata = z.infer<typeof DatasetMetadataSchema>;

/**
 * The metadata of one dataset, from the snapshot's provenance. Deterministic (no clock), so the
 * story's file and the API's answer are the same bytes.
 * @throws {Error} naming the source when a dataset lists a source the provenance lacks.
 */
export function datasetMetadata(
  dataset: PublishedDataset,
  provenance: Provenance,
  /** The last date in the dataset's own rows: the as-of date when no source states coverage. */
  dataEnd?: string,
): DatasetMetadata {
  const sources = dataset.sources.map((id) => {
    const source = provenance.sources.find((one) => one.id === id);
    if (source === undefined) {
      throw new Error(`dataset ${dataset.id}: provenance has no source "${id}"`);
    }
    return source;
  });
  const dateAsOf =
    sources
      .flatMap((source) => (source.coverage === null ? [] : [source.coverage.to]))
      .sort()
      .at(-1) ?? dataEnd;
  if (dateAsOf === undefined) {
    throw new Error(`dataset ${dataset.id}: no source states its coverage and no data end given`);
  }
  return {
    title: dataset.title,
    description: dataset.description,
    dateAsOf,
    citation: `${PUBLISHER.name}, “${dataset.title}” (data as of ${dateAsOf}), computed from: ${sources.map((source) => source.attribution).join('; ')}.`,
    publisher: PUBLISHER.name,
    licence: PUBLISHER.licence,
    files: [`${dataset.id}.csv`, `${dataset.id}.json`],
    api: dataset.apiPath,
    sources: sources.map((source) => ({
      id: source.id,
      name: source.name,
      coverage: source.coverage,
      licence: source.licence,
      attribution: source.attribution,
    })),
  };
}

/** The file body: indented JSON (it is read by people), with a final newline. */
export function datasetMetadataBody(
  dataset: PublishedDataset,
  provenance: Provenance,
  dataEnd?: string,
): string {
  return `${JSON.stringify(datasetMetadata(dataset, provenance, dataEnd), null, 2)}\n`;
}

/**
 * The last date in a dataset's own rows where its sources state no coverage (the casualty and
 * displacement series: their last point), else `undefined`.
 */
export function datasetDataEnd(
  id: PublishedDatasetId,
  snapshot: {
    readonly series: readonly { readonly points: readonly { readonly date: string }[] }[];
  },
): string | undefined {
  if (id !== 'casualties-displacement') return undefined;
  return snapshot.series
    .flatMap((series) => series.points.map((point) => point.date))
    .sort()
    .at(-1);
}
