import { isMappable, type BlueLineMeasure } from '@blueline/core';
import type { UcdpEvent } from '../loaders/ucdp.js';
import type { SeriesEvent } from './series-event.js';

/**
 * UCDP events as the `ucdp` series of side `israel`. Every event counts in the weekly series
 * (dated by `date_start`); only events located to the place, about 25 km or a district centroid
 * (`where_prec` 1–3, core `isMappable`) get a distance and a hex cell. Province, region and
 * country centroids would put strikes where none fell.
 */
export function ucdpSeriesEvents(
  events: readonly UcdpEvent[],
  blueLine: BlueLineMeasure,
): SeriesEvent[] {
  return events.map(({ incident }) => {
    const { lat, lon, precision } = incident.location;
    const mappable = isMappable(precision);
    return {
      date: incident.date,
      distanceKm: mappable ? blueLine.distanceKm(lon, lat) : null,
      side: 'israel',
      source: 'ucdp',
      lat,
      lon,
      mappable,
      deaths: incident.fatalities,
      kind: null,
    };
  });
}
