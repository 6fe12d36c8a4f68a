/**
 * Prerendered downloads: `/data/weekly.csv`, `/data/hex-cells.json`, … written to build/ as
 * static files. The page also fetches `/data/hex-cells.json` on mount for the map.
 */
import { error } from '@sveltejs/kit';
import { DATASET_FILES, DATASETS, type DatasetId } from '$lib/copy/datasets';
import { renderDataset } from '$lib/server/datasets';
import { loadSnapshot } from '$lib/server/snapshot';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => DATASET_FILES.map((file) => ({ file }));

function parseFile(file: string): { id: DatasetId; format: 'csv' | 'json' } | null {
  const match = /^(.+)\.(csv|json)$/.exec(file);
  const dataset = DATASETS.find((one) => one.id === match?.[1]);
  const format = match?.[2];
  if (dataset === undefined || (format !== 'csv' && format !== 'json')) return null;
  return { id: dataset.id, format };
}

export const GET: RequestHandler = ({ params }) => {
  const parsed = parseFile(params.file);
  if (parsed === null) error(404, `No dataset ${params.file}`);
  const { body, contentType } = renderDataset(loadSnapshot(), parsed.id, parsed.format);
  return new Response(body, { headers: { 'content-type': contentType } });
};
