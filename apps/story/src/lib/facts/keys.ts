/**
 * The names of every value the copy may print. Computed facts are derived from the snapshot in
 * `derive.ts`; key figures are sourced numbers from key-figures.json, printed with their
 * qualifier ("more than 1,000,000"); event dates come from timeline.json.
 */

/** Values computed from the snapshot's series. */
export const FACT_KEYS = [
  // Coverage and seams.
  'acledEnd',
  'ucdpEnd',
  'alertsEnd',
  // The alert feeds: the official history, then the Cumta relay; the latest date any source covers.
  'officialAlertsEnd',
  'alertsRelayFrom',
  'dataAsOf',
  'acledIsraelStart',
  'acledSeamDay',
  'alertsSeamDay',
  'incompleteFrom',
  'alertsOnlyWeeks',
  // The first week.
  'firstWeekStrikes',
  'firstWeekAlerts',
  // The contained war (CSIS's baseline, 7 Oct 2023 – 31 Aug 2024).
  'baselineWeeks',
  'baselineStrikesWeekly',
  'baselineHezbollahWeekly',
  'alertsOnlyWeekly',
  'hezbollahAlertsCorrelation',
  'lateClaimShare',
  'hezbollahTotal',
  'hezbollahTotalExclLateClaims',
  'supportFrontStrikesWeekly',
  'truceDays',
  'truceStrikes',
  'nearKm',
  'farKm',
  'beforeShareNear',
  'beforeShareFar',
  'beforeHezbollahShareNear',
  'baselineDepthIsrael',
  'baselineDepthHezbollah',
  'mophKilledBeforeSeptember',
  'mophKilledBeforeSeptemberDate',
  // Diplomacy.
  'juneStrikesWeekly',
  'juneHezbollahWeekly',
  // Summer.
  'august25Strikes',
  'august25Hezbollah',
  'august25Alerts',
  'earlySeptemberDepthIsrael',
  'earlySeptemberDepthIsraelNoBlasts',
  'csisEarlySeptemberDepthIsrael',
  'september15DepthIsrael',
  'september15DepthHezbollah',
  'lateAugustDepthHezbollah',
  // September.
  'september15Strikes',
  'september22Strikes',
  'jumpRatio',
  'september22DepthIsrael',
  'september22DepthHezbollah',
  'september22DepthHezbollahExclLateClaims',
  'fromSeptemberShareNear',
  'fromSeptemberShareFar',
  'fromSeptemberHezbollahShareNear',
  // October and November.
  'groundWarStrikes',
  'groundWarClashes',
  'groundWarClashCells',
  'groundWarStrikesWeekly',
  'laterAcledUcdpCorrelation',
  'groundWarUcdpShareNear',
  'groundWarDepthHezbollah',
  'peakHezbollahWeek',
  'peakHezbollah',
  'iomBreakDate',
  'tollDisplaced',
  'tollDisplacedDate',
  'iomPeak',
  'iomPeakDate',
  'mophKilledAtCeasefire',
  'mophKilledAtCeasefireDate',
  'airWarStrikes',
] as const;

/** A value computed from the snapshot. */
export type FactKey = (typeof FACT_KEYS)[number];

/** The key figures the story quotes, by their id in key-figures.json. */
export const KEY_FIGURE_IDS = [
  'oct-7-killed',
  'war-2006-days',
  'war-2006-israeli-troops',
  'war-2006-israelis-killed',
  'war-2006-lebanese-killed',
  'war-2006-hezbollah-killed',
  'unifil-troops',
  'israelis-displaced-pre-sep',
  'lebanese-displaced-pre-sep',
  'hezbollah-standoff-weapons',
  'hezbollah-launch-capacity',
  'majdal-shams-killed',
  'pager-wounded-first-count',
  'killed-sep-23',
  'strikes-per-week-csis',
  'strikes-week-sep-15',
  'strikes-week-sep-22',
  'incident-jump',
  'depth-israel-before',
  'depth-israel-sep-22',
  'depth-hezbollah-before',
  'depth-hezbollah-sep-22',
  'us-french-truce-days',
  'iran-ballistic-missiles-oct-1',
  'lebanese-displaced-three-weeks',
  'killed-three-weeks',
  'killed-by-ceasefire',
  'ceasefire-transition-days',
] as const;

/** A key figure the story quotes. */
export type KeyFigureId = (typeof KEY_FIGURE_IDS)[number];

/** The timeline events whose dates the copy prints. */
export const EVENT_IDS = [
  'hamas-attack-oct-7',
  'hezbollah-opens-front',
  'israel-withdraws-from-south-lebanon',
  'war-2006',
  'resolution-1701',
  'gaza-truce',
  'arouri-killed',
  'baalbek-first-strikes',
  'hochstein-shuttle',
  'us-assurances',
  'off-ramp-talks',
  'majdal-shams',
  'shukr-killed',
  'haniyeh-killed-tehran',
  'pre-emptive-strikes-aug-25',
  'pager-explosions',
  'radio-explosions',
  'aqil-killed',
  'northern-arrows',
  'missile-toward-tel-aviv',
  'us-french-proposal',
  'nasrallah-killed',
  'ground-operation',
  'iran-missiles-oct-1',
  'us-stops-pushing-ceasefire',
  'ceasefire',
] as const;

/** A timeline event whose date the copy prints. */
export type EventId = (typeof EVENT_IDS)[number];

/**
 * Every placeholder the copy may use: a computed fact, a key figure (`kf:`), or an event's date
 * with the year (`date:`, "27 November 2024") or without (`day:`, "27 November").
 */
export type CopyKey = FactKey | `kf:${KeyFigureId}` | `date:${EventId}` | `day:${EventId}`;
