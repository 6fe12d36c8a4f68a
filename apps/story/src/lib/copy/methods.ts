/**
 * The methods chapter. Rule parameters (cluster windows, the northern-front latitude, bins)
 * are read from @blueline/core's defaults at build time, so the text describes the code that ran.
 */
import type { MethodsRules } from '$lib/page-data';

const km = (value: number): string => `${value} km`;

export const METHODS_COPY = {
  navLabel: 'Methods',
  title: 'Methods and sources',
  dek: 'How the numbers in this story were made, what they can and cannot show, and where to get them.',
  intro:
    'Every chart and every computed number in this story comes from a snapshot of aggregates built by the project’s open pipeline from the raw files listed below. The pipeline rebuilds the snapshot byte for byte from the same inputs, and anyone with their own ACLED export can run it. Numbers attributed to CSIS, CNN or other outlets are quoted as those outlets reported them.',
  rulesTitle: 'The rules',
  sidesTitle: 'Sides and events',
  sides: (rules: MethodsRules): string[] => [
    ...rules.countingRules,
    'Hezbollah’s fire is measured on the Israeli side by Home Front Command alerts, because ACLED events located in Israel were not available to the project.',
  ],
  weeks: (rules: MethodsRules): string =>
    `Weeks start on ${rules.weekStartsOn}, as in CSIS’s “week of 22 September”. Every week of every series is present; a week without events is a zero, not a gap.`,
  distance: (rules: MethodsRules): string =>
    `Distance is measured along the great circle to the nearest point of an approximate Blue Line, for Israeli strikes into Lebanon and for the centres of alert events into Israel. Histograms use bins with edges at ${rules.distanceEdgesKm.map(km).join(', ')}; the last bin is open-ended. The map groups events into H3 hexagonal cells of resolution ${rules.hexResolution}.`,
  alerts: (rules: MethodsRules): string =>
    `Alerts are grouped into alert events: warnings of the same kind within ${rules.cluster.windowMinutes} minutes of each other, in areas within ${km(rules.cluster.linkKm)} of each other, form one event, and no event lasts longer than ${rules.cluster.maxSpanMinutes} minutes. An alert event counts as northern-front fire if its centre lies north of ${rules.northernFront.minCentroidLat}° N and its category is one of: ${rules.northernFront.categories.map((category) => category.replaceAll('_', ' ')).join(', ')}.`,
  excludedTitle: 'Alert windows left out, because the fire came from elsewhere:',
  gapsTitle: 'Known gaps',
  gaps: (dates: {
    readonly acledEnd: string;
    readonly officialAlertsEnd: string;
    readonly alertsRelayFrom: string;
  }): string[] => [
    'There are no ACLED events located inside Israel in this snapshot. Hezbollah’s fire is seen only through Home Front Command alerts, and an alert is not an attack: it marks where fire was expected, not what was launched or what it hit.',
    `ACLED’s Lebanon data end on ${dates.acledEnd}. After that date the story uses UCDP’s georeferenced events, which include only events in which someone was killed.`,
    `The public copy of the official Home Front Command alert history ends on ${dates.officialAlertsEnd}. From ${dates.alertsRelayFrom} the alert series comes from the Cumta Telegram channel, which relays the same warnings but was scraped by a third party and merges the zones of split cities, so its record counts run lower; alert events are comparable. The charts mark the switch in their source line.`,
    'There is no official Blue Line geometry in the public data. The line used for the maps and for every distance is an approximation, accurate to about a kilometre.',
    'There is no series of Israeli overflights of Lebanon, which CSIS counted; the story does not reproduce that figure.',
  ],
  csisTitle: 'CSIS reported / we reproduce',
  csisIntro: (published: string): string =>
    `The CSIS brief of ${published} gave headline numbers from ACLED data. The table sets each against the value this project computes, with the tolerance used to judge agreement. Where a reproduction falls outside the tolerance, the table says so and the method column explains why.`,
  csisOmitted: 'Not reproducible from the data this page was built from:',
  csisColumns: {
    measure: 'Measure',
    csis: 'CSIS reported',
    reproduced: 'We reproduce',
    agrees: 'Within tolerance',
    method: 'How we computed it',
  },
  sourcesTitle: 'Data sources and attribution',
  sourcesColumns: {
    source: 'Source',
    coverage: 'Coverage',
    rows: 'Rows read / kept / rejected',
    licence: 'Licence',
    attribution: 'Attribution',
    files: 'Files (SHA-256)',
  },
  downloadsTitle: 'Download the data',
  downloadsIntro:
    'Every chart’s data is published as CSV and JSON. CSV columns follow the project’s schemas, in the same order as the API’s.',
  tablesTitle: 'The data behind each chart',
  articlesTitle: 'The reporting this story draws on',
} as const;
