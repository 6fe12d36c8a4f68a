/**
 * Query parameters shared by several endpoints, with their OpenAPI descriptions. The values are
 * the core's own enums, so the API accepts exactly the sides and sources the data has.
 */
import { BELLIGERENTS, SERIES_SOURCES, type Belligerent } from '@blueline/core';
import { z } from '@hono/zod-openapi';

/** `side=all` (the default) or one belligerent. */
export const SideParam = z
  .enum([...BELLIGERENTS, 'all'])
  .default('all')
  .openapi({
    description:
      'Whose fire: `israel` (Israeli strikes), `hezbollah` (Hezbollah attacks), or `all`.',
    example: 'israel',
  });

/** The belligerent a `side` parameter selects, or `undefined` for all. */
export function sideFilter(side: Belligerent | 'all'): Belligerent | undefined {
  return side === 'all' ? undefined : side;
}

/** One source series. */
export const SourceParam = z.enum(SERIES_SOURCES).optional().openapi({
  description:
    'Which series: `acled` (ACLED events: Israeli strikes located in Lebanon, or with `side=hezbollah` Hezbollah attacks located in Israel, from 1 January 2024), `acled-excl-late-claims` (the late-claim sensitivity series: Hezbollah attacks without the rows flagged `late_claim_batch`, late-added and largely unconfirmed Hezbollah War Media claims; the headline `acled` series counts every row), `ucdp` (UCDP fatal events) `alerts` (Home Front Command alert events, the second lens on Hezbollah fire) or, on /v1/cells only, `acled-clashes` (ACLED armed clashes between Israel and Hezbollah located in Lebanon, a map layer). All when left out. Series are never mixed in one count.',
  example: 'acled',
});

/** `format` for tabular endpoints. */
export const TableFormatParam = z.enum(['json', 'csv']).default('json').openapi({
  description:
    'Response format: `json`, or `csv` (RFC 4180, header row, columns in schema order; byte-identical to the story’s download for the same query).',
  example: 'csv',
});

const ISO_DATE_MESSAGE = 'must be a calendar date written YYYY-MM-DD';

/** A calendar date parameter. */
export function dateParam(description: string, example: string) {
  return z.iso
    .date({ error: ISO_DATE_MESSAGE })
    .optional()
    .openapi({ description, example, format: 'date' });
}
