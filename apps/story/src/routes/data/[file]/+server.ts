/**
 * Prerendered downloads: `/data/weekly.csv`, `/data/hex-cells.json`, … and beside each dataset
 * its metadata, `/data/weekly.metadata.json` (citation, licence, as-of date, sources), written
 * to build/ as static files. The API answers with the same bytes (see apps/api).
 */
import { error } from '@sveltejs/kit';
import { datasetDataEnd, datasetMetadataBody } from '@blueline/core';
import { DATA_FILES, DATASETS, type DatasetId } from '$lib/copy/datasets';
import { renderDataset } from '$lib/server/datasets';
import { loadSnapshot } from '$lib/server/snapshot';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => DATA_FILES.map((file) => ({ file }));

type DataFile = { id: DatasetId; format: 'csv' | 'json' | 'metadata' };

function parseFile(file: string): DataFile | null {
  const match = /^(.+?)(\.metadata\.json|\.csv|\.json)$/.exec(file);
  const dataset = DATASETS.find((one) => one.id === match?.[1]);
  const extension = match?.[2];
  if (dataset === undefined || extension === undefined) return null;
  const format =
    extension === '.metadata.json' ? 'metadata' : extension === '.csv' ? 'csv' : 'json';
  return { id: dataset.id, format };
}

export const GET: RequestHandler = ({ params }) => {
  const parsed = parseFile(params.file);
  if (parsed === null) error(404, `No dataset ${params.file}`);
  const snapshot = loadSnapshot();
  if (parsed.format === 'metadata') {
    const dataset = DATASETS.find((one) => one.id === parsed.id);
    if (dataset === undefined) error(404, `No dataset ${params.file}`);
    const body = datasetMetadataBody(
      dataset,
      snapshot.provenance,
      datasetDataEnd(dataset.id, snapshot),
    );
    return new Response(body, {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  }
  const { body, contentType } = renderDataset(snapshot, parsed.id, parsed.format);
  return new Response(body, { headers: { 'content-type': contentType } });
};
