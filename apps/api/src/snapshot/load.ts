/**
 * The committed snapshot, through `@blueline/data`'s typed accessors (the same values the story
 * reads), re-checked against the core schemas once at startup so a damaged snapshot stops the
 * server with the file and field named, instead of serving it.
 */
import { createHash } from 'node:crypto';
import {
  CsisSnapshotSchema,
  HexCellsSnapshotSchema,
  HistogramsSnapshotSchema,
  KeyFiguresSnapshotSchema,
  parseOrThrow,
  PhasesSnapshotSchema,
  ProvenanceSnapshotSchema,
  SeriesSnapshotSchema,
  TimelineSnapshotSchema,
  WeeklySnapshotSchema,
  type GeoLayerId,
} from '@blueline/core';
import * as data from '@blueline/data';
import type { z } from 'zod';
import type { GeoLayer } from '@blueline/data';
import { LayerFeatureCollectionSchema } from '../schemas/geojson.js';
import type { ApiSnapshot } from './types.js';

function checked<S extends z.ZodType>(file: string, schema: S, value: unknown): z.output<S> {
  return parseOrThrow(schema, value, { file: `@blueline/data snapshot/${file}`, line: 1 });
}

/** Reads and checks the snapshot. */
export function loadApiSnapshot(): ApiSnapshot {
  const layer = (id: GeoLayerId): GeoLayer => {
    const value = data.geoLayer(id);
    checked(`geography.topo.json#${id}`, LayerFeatureCollectionSchema, value);
    return value;
  };
  const geo: Record<GeoLayerId, GeoLayer> = {
    'blue-line': layer('blue-line'),
    litani: layer('litani'),
    'unscr1701-zone': layer('unscr1701-zone'),
    golan: layer('golan'),
    countries: layer('countries'),
  };
  const snapshot: Omit<ApiSnapshot, 'version'> = {
    weekly: checked('weekly.json', WeeklySnapshotSchema, data.weekly),
    histograms: checked('histograms.json', HistogramsSnapshotSchema, data.histograms),
    hexCells: checked('hex-cells.json', HexCellsSnapshotSchema, data.hexCells),
    phases: checked('phases.json', PhasesSnapshotSchema, data.phases),
    series: checked('series.json', SeriesSnapshotSchema, data.series),
    timeline: checked('timeline.json', TimelineSnapshotSchema, data.timeline),
    keyFigures: checked('key-figures.json', KeyFiguresSnapshotSchema, data.keyFigures),
    csis: checked('csis.json', CsisSnapshotSchema, data.csis),
    provenance: checked('provenance.json', ProvenanceSnapshotSchema, data.provenance),
    geo,
  };
  // A short content hash, so /health tells deployments of different snapshots apart.
  const version = createHash('sha256').update(JSON.stringify(snapshot)).digest('hex').slice(0, 16);
  return { ...snapshot, version };
}
