/**
 * "The API and the story report identical numbers for the same query": every download the story
 * offers (/data/<name>.csv|json) is byte-identical to the API's answer for the same data.
 *
 * Compared against the story's built files (apps/story/build/data) when the story has been built
 * from the current snapshot; otherwise against the story's own `renderDataset`, the function its
 * build runs. Skipped, saying why, when the snapshot or the story is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { datasetDataEnd, datasetMetadataBody, PUBLISHED_DATASETS } from '@blueline/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRealSnapshot, SNAPSHOT_DIR, snapshotPresent } from './real-snapshot.js';
import { testApp, type TestApp } from './helpers.js';

const STORY = join(import.meta.dirname, '..', '..', 'story');
const BUILD = join(STORY, 'build', 'data');
const RENDERER = join(STORY, 'src', 'lib', 'server', 'datasets.ts');
const STORY_SNAPSHOT = join(STORY, 'src', 'lib', 'server', 'snapshot.ts');

/** Story download → the API URL that must give the same bytes. */
const PAIRS = [
  ['weekly', 'csv', '/v1/weekly?format=csv'],
  ['weekly', 'json', '/v1/weekly'],
  ['distance-histograms', 'csv', '/v1/distance?format=csv'],
  ['distance-histograms', 'json', '/v1/distance'],
  ['casualties-displacement', 'csv', '/v1/series?format=csv'],
  ['casualties-displacement', 'json', '/v1/series'],
  ['hex-cells', 'csv', '/v1/cells?format=csv'],
  ['hex-cells', 'json', '/v1/cells'],
  ['csis-comparison', 'csv', '/v1/csis?format=csv'],
  ['csis-comparison', 'json', '/v1/csis'],
] as const;

type Renderer = (id: string, format: 'csv' | 'json') => string;

/** The story's renderer, loaded at run time (its `$lib` imports are types only, erased). */
async function storyRenderer(): Promise<Renderer> {
  const datasets = (await import(pathToFileURL(RENDERER).href)) as {
    renderDataset: (snapshot: unknown, id: string, format: 'csv' | 'json') => { body: string };
  };
  const snapshot = (await import(pathToFileURL(STORY_SNAPSHOT).href)) as {
    loadSnapshot: () => unknown;
  };
  const loaded = snapshot.loadSnapshot();
  return (id, format) => datasets.renderDataset(loaded, id, format).body;
}

const hasSnapshot = snapshotPresent;

/**
 * The story's build counts only if it was made from the current snapshot: each download that is
 * a snapshot file re-serialised must equal that file. A build from another snapshot differs for
 * a reason that is not the API's.
 */
const DIRECT_DOWNLOADS = [
  ['weekly.json', 'weekly.json'],
  ['csis-comparison.json', 'csis.json'],
  ['hex-cells.json', 'hex-cells.json'],
  ['casualties-displacement.json', 'series.json'],
] as const;

function freshBuild(): boolean {
  if (!hasSnapshot) return false;
  return DIRECT_DOWNLOADS.every(([download, file]) => {
    const built = join(BUILD, download);
    if (!existsSync(built)) return false;
    const snapshotFile = readFileSync(join(SNAPSHOT_DIR, file), 'utf8');
    return readFileSync(built, 'utf8') === `${JSON.stringify(JSON.parse(snapshotFile))}\n`;
  });
}

const hasBuild = freshBuild();
const hasRenderer = existsSync(RENDERER) && existsSync(STORY_SNAPSHOT);
const reason = !hasSnapshot
  ? `no committed snapshot at ${SNAPSHOT_DIR} (run pnpm data:build)`
  : !hasBuild && !hasRenderer
    ? 'neither the story build (apps/story/build/data) nor its renderer is present'
    : '';

if (reason !== '') {
  // Say why in the run's output, not only as a silent skip.
  console.warn(`story-parity: skipped — ${reason}`);
}

describe.skipIf(reason !== '')(
  `story downloads = API answers (${hasBuild ? 'story build' : 'story renderer'})`,
  () => {
    let app: TestApp;
    let render: Renderer;
    beforeAll(async () => {
      ({ app } = testApp(await loadRealSnapshot()));
      render = hasBuild
        ? (id, format) => readFileSync(join(BUILD, `${id}.${format}`), 'utf8')
        : await storyRenderer();
    });

    it.each(PUBLISHED_DATASETS.map((dataset) => [dataset.id] as const))(
      '%s.metadata.json = /v1/metadata/%s, and every data answer links to the metadata',
      async (id) => {
        const response = await app.request(`/v1/metadata/${id}`, {
          headers: { 'accept-encoding': 'identity' },
        });
        expect(response.status).toBe(200);
        const api = await response.text();
        const built = join(BUILD, `${id}.metadata.json`);
        const dataset = PUBLISHED_DATASETS.find((one) => one.id === id);
        if (dataset === undefined) throw new Error(`no dataset ${id}`);
        const snapshot = await loadRealSnapshot();
        // The story's route writes core's body; a fresh build must hold exactly those bytes.
        const story =
          hasBuild && existsSync(built)
            ? readFileSync(built, 'utf8')
            : datasetMetadataBody(dataset, snapshot.provenance, datasetDataEnd(id, snapshot));
        expect(api).toBe(story);
        const data = await app.request(`${dataset.apiPath}?format=csv`);
        expect(data.headers.get('link')).toContain('</v1/metadata>; rel="describedby"');
      },
    );

    it.each(PAIRS)('%s.%s = %s', async (id, format, url) => {
      const response = await app.request(url, { headers: { 'accept-encoding': 'identity' } });
      expect(response.status).toBe(200);
      const api = await response.text();
      const story = render(id, format);
      expect(api.length).toBeGreaterThan(0);
      expect(api).toBe(story);
    });
  },
);
