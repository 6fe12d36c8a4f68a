/** Assembles the page's data from the snapshot at prerender time. */
import {
  DEFAULT_ALERT_CLUSTER_OPTIONS,
  DEFAULT_COUNTING_RULES,
  DEFAULT_DISTANCE_EDGES_KM,
  DEFAULT_NORTHERN_FRONT_RULE,
  DEFAULT_WEEK_START,
  sumHexCells,
} from '@blueline/core';
import { DATASET_FORMATS, DATASETS, metadataFile } from '$lib/copy/datasets';
import type { SpineArticle } from '$lib/copy/steps';
import { describeGraphic } from '$lib/describe/describe';
import { dataAsOf } from '$lib/facts/derive';
import { buildCopyValues } from '$lib/facts/values';
import { FRONT } from '$lib/copy/front';
import { STEPS, type StepId } from '$lib/story/chapters';
import { NO_STEP_GRAPHIC, STEP_GRAPHICS } from '$lib/story/graphics';
import type { StoryPageData } from '$lib/page-data';
import type { StorySnapshot } from '$lib/snapshot';
import { buildChartData } from './chart-data';
import { buildCitations, spineSource } from './citations';
import { buildMapBase } from './map-base';
import { SHARE_IMAGE, siteOrigin } from './site';

const SPINE_ARTICLES: readonly SpineArticle[] = ['csis', 'nyt', 'toi', 'cnn-june', 'cnn-october'];

const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** The cells with the most Israeli strikes over the whole war, for the map's data table. */
const TOP_CELLS = 15;

export function buildStoryData(snapshot: StorySnapshot): StoryPageData {
  const geometry = new Map(snapshot.hexCells.cells.map((cell) => [cell.cell, cell]));
  const topCells = sumHexCells(snapshot.hexCells.weeks, { side: 'israel', source: 'acled' })
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP_CELLS)
    .map((total) => {
      const cell = geometry.get(total.cell);
      return { cell: total.cell, lat: cell?.lat ?? 0, lon: cell?.lon ?? 0, strikes: total.count };
    });
  const origin = siteOrigin();
  return {
    copy: buildCopyValues(snapshot),
    front: {
      published: FRONT.published,
      dataAsOf: dataAsOf(snapshot),
      share: {
        url: `${origin}/`,
        image: `${origin}${SHARE_IMAGE.path}`,
        imageWidth: SHARE_IMAGE.width,
        imageHeight: SHARE_IMAGE.height,
      },
    },
    descriptions: {
      none: describeGraphic(NO_STEP_GRAPHIC, snapshot),
      steps: Object.fromEntries(
        STEPS.map((step) => [step.id, describeGraphic(STEP_GRAPHICS[step.id], snapshot)]),
      ) as Record<StepId, string>,
    },
    citations: buildCitations(snapshot),
    charts: buildChartData(snapshot),
    map: buildMapBase(snapshot),
    methods: {
      rules: {
        countingRules: Object.values(DEFAULT_COUNTING_RULES).map((rule) => rule.description),
        weekStartsOn: WEEKDAYS[DEFAULT_WEEK_START],
        cluster: { ...DEFAULT_ALERT_CLUSTER_OPTIONS },
        northernFront: {
          minCentroidLat: DEFAULT_NORTHERN_FRONT_RULE.minCentroidLat,
          categories: [...DEFAULT_NORTHERN_FRONT_RULE.categories],
          excludedWindows: DEFAULT_NORTHERN_FRONT_RULE.excludedWindows.map((window) => ({
            ...window,
          })),
        },
        distanceEdgesKm: DEFAULT_DISTANCE_EDGES_KM,
        hexResolution: snapshot.hexCells.resolution,
      },
      comparisons: snapshot.csis.comparisons,
      omitted: snapshot.csis.omitted,
      sources: snapshot.provenance.sources,
      datasets: DATASETS.map((dataset) => ({
        id: dataset.id,
        title: dataset.title,
        description: dataset.description,
        files: DATASET_FORMATS.map((format) => `${dataset.id}.${format}`),
        metadata: metadataFile(dataset.id),
      })),
      topCells,
      articles: SPINE_ARTICLES.map((article) => spineSource(snapshot, article)),
    },
  };
}
