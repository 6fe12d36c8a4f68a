import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { MAP_AREA_LABELS } from '$lib/copy/graphics';
import { rewindFeatures } from '$lib/map/rewind';
import { snapshot } from './fixtures';

const topology: Topology = snapshot.geography;
const golan = rewindFeatures(feature(topology, topology.objects['golan'] as GeometryObject));

describe('the Israeli-held Golan on the map', () => {
  it('holds Majdal Shams and the Golan label, not Israel proper, Lebanon or Damascus', () => {
    const label = MAP_AREA_LABELS.find((area) => area.text.startsWith('Golan'));
    expect(label).toBeDefined();
    const inside = (lon: number, lat: number): boolean => geoContains(golan, [lon, lat]);
    expect(inside(label?.lon ?? 0, label?.lat ?? 0)).toBe(true);
    expect(inside(35.77, 33.27)).toBe(true); // Majdal Shams
    expect(inside(35.69, 32.97)).toBe(true); // Katzrin
    expect(inside(35.57, 33.21)).toBe(false); // Kiryat Shmona
    expect(inside(35.49, 32.79)).toBe(false); // Tiberias
    expect(inside(35.57, 33.36)).toBe(false); // Marjayoun, Lebanon
    expect(inside(36.29, 33.51)).toBe(false); // Damascus
  });
});
