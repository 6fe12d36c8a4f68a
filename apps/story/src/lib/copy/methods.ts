/**
 * The methods chapter. Rule parameters (cluster windows, the northern-front latitude, bins)
 * are read from @blueline/core's defaults at build time, so the text describes the code that ran.
 */
import type { CopyValues } from '$lib/facts/values';
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
    'Hezbollah’s fire is measured with ACLED events located in Israel, from 1 January 2024. Home Front Command alerts are a second lens on it, compared with ACLED week by week but never added to its counts.',
  ],
  weeks: (rules: MethodsRules): string =>
    `Weeks start on ${rules.weekStartsOn}, as in CSIS’s “week of 22 September”. Every week of every series is present; a week without events is a zero, not a gap.`,
  distance: (rules: MethodsRules): string =>
    `Distance is measured along the great circle to the nearest point of an approximate Blue Line, for Israeli strikes into Lebanon, for Hezbollah attacks into Israel and for the centres of alert events. Events located only to a region, and ACLED’s offshore point in the Mediterranean, count in the weekly totals but get no distance and are not mapped. Histograms use bins with edges at ${rules.distanceEdgesKm.map(km).join(', ')}; the last bin is open-ended. The map groups events into H3 hexagonal cells of resolution ${rules.hexResolution}.`,
  alerts: (rules: MethodsRules): string =>
    `Alerts are grouped into alert events: warnings of the same kind within ${rules.cluster.windowMinutes} minutes of each other, in areas within ${km(rules.cluster.linkKm)} of each other, form one event, and no event lasts longer than ${rules.cluster.maxSpanMinutes} minutes. An alert event counts as northern-front fire if its centre lies north of ${rules.northernFront.minCentroidLat}° N and its category is one of: ${rules.northernFront.categories.map((category) => category.replaceAll('_', ' ')).join(', ')}.`,
  excludedTitle: 'Alert windows left out, because the fire came from elsewhere:',
  gapsTitle: 'Known gaps',
  gaps: (values: CopyValues): string[] => [
    `ACLED’s events located in Israel, which measure Hezbollah’s attacks, start on ${values.acledIsraelStart}. From 8 October to 31 December 2023 Hezbollah’s fire is seen only through Home Front Command alerts, and an alert is not an attack: it marks where fire was expected, not what was launched or what it hit.`,
    'ACLED codes the occupied Golan Heights to Syria, so Hezbollah fire on the Golan, including the rocket that killed children in Majdal Shams, is not in the Israel file this story counts.',
    `About ${values.lateClaimShare} of ACLED’s Hezbollah attack rows from January to the ceasefire belong to blocks of claims by Hezbollah’s own media that ACLED added late and that few other sources confirm. The story counts them, as ACLED publishes them, and reports the counts and depths without them (${values.hezbollahTotalExclLateClaims} attacks instead of ${values.hezbollahTotal}).`,
    `ACLED’s Lebanon record joins two versions on ${values.acledSeamDay}: the export of October 2024 up to its last full day, and a later version after it. The later file is only partly transcribed so far: from the week of ${values.incompleteFrom} it misses most events in Beirut’s southern suburbs, Tyre, Sidon and the West Bekaa, so those weeks are lower bounds, biased towards the border, and are drawn hatched. UCDP’s fatal events, which are complete for those weeks, are the cross-check.`,
    `The alerts come from the Home Front Command’s official history until the day before ${values.alertsSeamDay}, and from the Cumta Telegram relay of the same warnings from that day. Each day comes from one source only, so no alert is counted twice. The relay was scraped by a third party and merges the zones of split cities, so its record counts run lower; alert events, which the charts count, are comparable. The charts mark the switch in their source line.`,
    'There is no official Blue Line geometry in the public data. The line used for the maps and for every distance is an approximation, accurate to about a kilometre.',
    'There is no series of Israeli overflights of Lebanon before October 2024, when UNIFIL’s monthly counts begin; the story does not reproduce CSIS’s overflight figure.',
  ],
  csisBoxTitle: 'How our numbers compare with CSIS',
  csisBox: (values: CopyValues): string[] => [
    `Israeli strikes. Our weekly average for October 2023 to August 2024, ${values.baselineStrikesWeekly}, agrees with CSIS’s ${values['kf:strikes-per-week-csis']}. For the weeks of 15 and 22 September we count ${values.september15Strikes} and ${values.september22Strikes} strikes, where CSIS reported ${values['kf:strikes-week-sep-15']} and ${values['kf:strikes-week-sep-22']}.`,
    `How far Israel struck. Before September the average strike landed ${values.baselineDepthIsrael} km from the line, and ${values.september22DepthIsrael} km in the week of 22 September, both within the table’s tolerance of CSIS’s ${values['kf:depth-israel-before']} and ${values['kf:depth-israel-sep-22']} km. For the first three weeks of September we find ${values.earlySeptemberDepthIsrael} km, because ACLED places the pager and radio blasts where the devices went off, across Lebanon; without those events the average is ${values.earlySeptemberDepthIsraelNoBlasts} km, close to CSIS’s ${values.csisEarlySeptemberDepthIsrael} km.`,
    `How far Hezbollah struck. CSIS measured from October 2023; ACLED’s Israel file starts in January 2024, so our figure for the months before mid-August, ${values.baselineDepthHezbollah} km, covers January to mid-August only. For the week of 22 September we find ${values.september22DepthHezbollah} km against CSIS’s ${values['kf:depth-hezbollah-sep-22']} km, just outside the table’s tolerance and within the error of our approximate Blue Line; leaving out the late-added claims gives ${values.september22DepthHezbollahExclLateClaims} km.`,
    `The jump. CSIS put violent incidents in the last week of September at ${values['kf:incident-jump']} times the weekly average before it. Adding ACLED events on both sides, we find ${values.jumpRatio} times, against a baseline that starts in January 2024, when ACLED’s Israel file does.`,
    `The alert events enter none of these figures. They are compared with ACLED’s Hezbollah attacks week by week instead: from January to November 2024 the weekly counts of the two correlate at ${values.hezbollahAlertsCorrelation}.`,
  ],
  csisTitle: 'CSIS reported / we reproduce',
  csisIntro: (published: string): string =>
    `The CSIS brief of ${published} gave headline numbers from ACLED data. The table sets each against the value this project computes, with the tolerance used to judge agreement. Where a reproduction falls outside the tolerance, the table says so and why; under each measure, “How we computed it” opens the method.`,
  csisOmitted: 'Not reproducible from the data this page was built from:',
  csisExceeds: 'must exceed',
  csisWithin: 'Within',
  csisMiss: 'Outside',
  csisColumns: {
    measure: 'Measure',
    csis: 'CSIS reported',
    reproduced: 'We reproduce',
    tolerance: 'Tolerance',
    agrees: 'Within tolerance, or why not',
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
