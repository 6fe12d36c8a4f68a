import { join } from 'node:path';

/** Where each raw source sits inside the raw directory (see its README and PROVENANCE files). */
export const RAW_FILES = {
  acled: 'acled-lebanon-samchakra/acled_lebanon_2023-10-01_2024-10-11.csv',
  acledLebanonLater:
    'acled-lebanon-zahraghourani-transcribed/acled_lebanon_2024-10-12_2024-12-31.csv',
  acledIsrael: 'acled-israel-zahraghourani-transcribed/acled_israel_hezbollah_north_subset.csv',
  unifil: 'unifil-air-violations-facts/unifil_israeli_air_violations_monthly_facts.csv',
  ucdp: 'ucdp-ged251-lebanon-hub/ucdp_ged251_lebanon_2023-10-01_2024-12-31.csv',
  alertsOfficial: 'hfc-alerts-dleshem/israel-alerts_2023-10-01_2024-10-12.csv',
  alertsCumta: 'hfc-alerts-cumta/cumta_df_2023-10-01_2024-12-31.csv',
  alertAreas: 'hfc-alert-areas-pikud-haoref-api/cities.json',
  mophDtm: 'moph-dtm-series-lebanon-hub/lebanon_war_series_2023-10-01_2024-12-31.csv',
  casualties360info: 'casualties-360info/daily-killed-cumulative.csv',
  lobby1701: 'lobby1701-yuval-harpaz/Lobby1701.csv',
  blueLine: 'geography-gmt-dcw-gshhg/blue_line_approx_from_dcw_lebanon.geojson',
  litani: 'geography-gmt-dcw-gshhg/litani_river_wdbii.geojson',
  dcw: 'geography-gmt-dcw-gshhg/dcw_lebanon_israel_syria.geojson',
  geonames: 'gazetteer-geonames-cities500/cities500_levant_bbox.tsv',
} as const;

/** A raw source's key. */
export type RawFile = keyof typeof RAW_FILES;

/** The absolute path of a raw file. */
export function rawPath(rawDir: string, file: RawFile): string {
  return join(rawDir, RAW_FILES[file]);
}
