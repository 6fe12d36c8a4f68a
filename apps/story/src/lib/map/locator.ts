/**
 * The locator inset: Lebanon and Israel in the eastern Mediterranean, drawn small, with a box
 * for the area the main map shows. Projected at build time; presentation only.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { MapLocator } from '$lib/page-data';
import type { MapView } from '$lib/story/types';
import { VIEW_BOXES } from './projection';

export const LOCATOR_WIDTH = 84;
export const LOCATOR_HEIGHT = 72;

/** Cyprus to Jordan, Egypt's coast to Syria's north. */
const LOCATOR_BOX: GeoJSON.MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [31.6, 29.6],
    [38.8, 36.4],
  ],
};

/** Drops points that round onto the previous one: at this size most vertices do. */
function thin(d: string): string {
  const out: string[] = [];
  let previous = '';
  for (const command of d.match(/[MLZ][^MLZ]*/g) ?? []) {
    if (command.startsWith('L') && command === previous) continue;
    out.push(command);
    previous = command;
  }
  return out.join('');
}

export function buildLocator(countries: readonly GeoJSON.Feature[]): MapLocator {
  const projection = geoMercator()
    .fitSize([LOCATOR_WIDTH, LOCATOR_HEIGHT], LOCATOR_BOX)
    .clipExtent([
      [0, 0],
      [LOCATOR_WIDTH, LOCATOR_HEIGHT],
    ]);
  const path = geoPath(projection).digits(0);
  const land = countries.flatMap((country) => {
    const name: unknown = country.properties?.['name'];
    const d = thin(path(country) ?? '');
    return d === '' ? [] : [{ name: typeof name === 'string' ? name : '', d }];
  });
  const frameOf = (view: MapView) => {
    const [[west, south], [east, north]] = VIEW_BOXES[view];
    const [x0, y0] = projection([west, north]) ?? [0, 0];
    const [x1, y1] = projection([east, south]) ?? [0, 0];
    return {
      x: Math.round(x0 * 10) / 10,
      y: Math.round(y0 * 10) / 10,
      width: Math.round((x1 - x0) * 10) / 10,
      height: Math.round((y1 - y0) * 10) / 10,
    };
  };
  return {
    width: LOCATOR_WIDTH,
    height: LOCATOR_HEIGHT,
    land,
    views: { south: frameOf('south'), lebanon: frameOf('lebanon') },
  };
}
