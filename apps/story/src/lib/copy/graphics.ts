/** Words on and around the graphics: titles, legends, axis labels, annotations, source lines. */
import type { GraphicKind } from '$lib/story/types';
import { t } from './t';

export interface GraphicCopy {
  readonly title: string;
  /** For phone screens, where the graphic shares the height with the text. */
  readonly titleShort: string;
  readonly source: string;
  readonly sourceShort: string;
}

export const GRAPHIC_COPY: Readonly<Record<GraphicKind, GraphicCopy>> = {
  map: {
    title: 'Where the fire fell',
    titleShort: 'Where the fire fell',
    sourceShort: 'ACLED, UCDP, Home Front Command; approximate Blue Line.',
    source:
      'Sources: ACLED (Israeli strikes in Lebanon; Hezbollah attacks in Israel from January 2024, Golan excluded); UCDP GED (fatal events); Israel Home Front Command alerts (before January 2024); Natural Earth; DCW; GSHHG. Blue Line, 1701 zone and Golan outline approximate; Shebaa Farms location approximate (Wikipedia), its extent disputed. Analysis: Blue Line project.',
  },
  weekly: {
    title: 'Israeli strikes in Lebanon and Hezbollah attacks in Israel, per week',
    titleShort: 'Strikes and attacks, per week',
    sourceShort: 'ACLED, Home Front Command alerts, UCDP.',
    source:
      'Sources: ACLED (Israeli strikes in Lebanon, two versions joined, the last weeks lower bounds; Hezbollah attacks located in Israel, from January 2024); Israel Home Front Command alerts, grouped into alert events (dotted rules mark each change of source); UCDP GED (fatal events, the cross-check). Analysis: Blue Line project.',
  },
  depth: {
    title: 'How far from the Blue Line, per week',
    titleShort: 'How far from the Blue Line, per week',
    sourceShort: 'ACLED; approximate Blue Line.',
    source:
      'Sources: ACLED (Israeli strikes in Lebanon; Hezbollah attacks located in Israel, from January 2024). Distance to an approximate Blue Line. Analysis: Blue Line project.',
  },
  histogram: {
    title: 'Share of events by distance from the Blue Line',
    titleShort: 'Share of events by distance from the line',
    sourceShort: 'ACLED; approximate Blue Line.',
    source:
      'Sources: ACLED (Israeli strikes; Hezbollah attacks located in Israel, from January 2024). Distance to an approximate Blue Line. Analysis: Blue Line project.',
  },
  casualties: {
    title: 'People killed and displaced in Lebanon',
    titleShort: 'Killed and displaced in Lebanon',
    sourceShort: 'Lebanese health ministry; IOM DTM, via OCHA.',
    source:
      'Sources: Lebanese Ministry of Public Health and IOM Displacement Tracking Matrix, as reported by OCHA. Analysis: Blue Line project.',
  },
};

export const LEGEND = {
  strikes: 'Israeli strikes in Lebanon (ACLED)',
  hezbollah: 'Hezbollah attacks located in Israel (ACLED)',
  hezbollahCompact: 'Hezbollah attacks (ACLED)',
  fatal: 'Fatal events in Lebanon (UCDP), the cross-check',
  alerts: 'Alert events in northern Israel (Home Front Command), second lens',
  incomplete: 'Lower bound: later ACLED version partly read',
  incompleteCompact: 'Lower bound',
  seam: 'Change of source',
  strikesShort: 'Israeli strikes',
  hezbollahShort: 'Hezbollah attacks',
  hezbollahExclLateShort: 'Attacks without late claims',
  alertsShort: 'Alert events',
  fatalShort: 'UCDP fatal events',
  alertsCompact: 'Alert events in Israel',
  strikesCompact: 'Israeli strikes (ACLED)',
  fatalCompact: 'Fatal events (UCDP)',
  baseline: 'Average, Oct 2023 – Aug 2024',
  mean: 'Mean',
  median: 'Median',
  depthStrikes: 'Israeli strikes, km into Lebanon',
  depthAlerts: 'Hezbollah attacks, km into Israel',
  histogramLebanon: 'Lebanon: Israeli strikes',
  histogramIsrael: 'Israel: Hezbollah attacks (ACLED)',
  before: 'Before September 2024',
  fromSeptember: 'From September 2024',
  fromSeptemberDated:
    'From 1 September 2024 to the end of each source’s data (dates on each panel)',
  fromSeptemberDatedCompact: 'From 1 Sep 2024 (to each source’s end)',
  killed: 'Killed (health ministry, cumulative)',
  displaced: 'Displaced (IOM)',
  definitionChange: 'IOM definition changes',
  mapStrikes: 'Israeli strikes per hex cell, per week (ACLED)',
  mapStrikesCompact: 'Strikes per cell a week',
  mapFatalCompact: 'UCDP fatal events per cell a week',
  killedCompact: 'Killed',
  displacedCompact: 'Displaced (IOM)',
  mapFatal: 'Fatal events per hex cell, per week (UCDP; a different measure from ACLED)',
  mapAlerts: 'Alert events a week (ring size)',
  mapIncomplete: 'The last weeks’ strike cells are lower bounds (ACLED read in part)',
  mapHezbollah: 'Hezbollah attacks per hex cell in Israel, per week (ACLED)',
  mapHezbollahCompact: 'Hezbollah attacks per cell a week',
  /** Under the period stamp when a small map draws resolution-6 cells. */
  mapCoarseCells: 'Larger cells: 7 merged, averaged',
  /** Under the period stamp when ACLED's Israel file starts inside the period. */
  mapHezbollahFrom: (day: string): string => `Hezbollah attacks: from ${day} (ACLED)`,
  mapClashes: 'Cells with armed clashes between Israeli troops and Hezbollah in Lebanon (ACLED)',
  mapClashesCompact: 'Armed clashes (ACLED)',
  mapBlueLine: 'Blue Line (approximate)',
  mapGolan: 'Golan Heights: Israeli-held; its annexation is not recognised internationally',
  mapGolanCompact: 'Golan: Israeli-held',
  dimmed: 'Lighter: other weeks',
  mapZone: 'UNSCR 1701 zone',
  mapLitani: 'Litani river',
  noData: 'No incidents drawn: base map',
  periodSingle: 'a week',
  scaleUnit: 'km',
  loadingCells: 'Loading map cells…',
} as const;

export const AXIS = {
  strikesUp: 'Israeli strikes ↑',
  alertsDown: 'Hezbollah attacks ↓',
  km: 'km from the Blue Line',
  share: 'share of events',
  people: 'people',
} as const;

/** The marker where ACLED's data stop. */
export const ACLED_END_LABEL = 'ACLED data end';

/** Short chart labels for timeline events; their dates come from the snapshot's timeline. */
export const ANNOTATION_LABELS: Readonly<Record<string, string>> = {
  'hezbollah-opens-front': 'Hezbollah opens fire',
  'gaza-truce': 'Gaza truce',
  'hochstein-shuttle': 'Hochstein in Beirut',
  'off-ramp-talks': 'Gallant in Washington',
  'us-assurances': 'US assurances',
  'majdal-shams': 'Majdal Shams',
  'shukr-killed': 'Shukr killed',
  'pre-emptive-strikes-aug-25': '25 Aug exchange',
  'pager-explosions': 'Pagers explode',
  'aqil-killed': 'Aqil killed',
  'northern-arrows': 'Northern Arrows',
  'us-french-proposal': 'US–French proposal',
  'nasrallah-killed': 'Nasrallah killed',
  'iran-missiles-oct-1': 'Iran’s missiles (not in these counts)',
  'us-stops-pushing-ceasefire': 'US steps back',
  ceasefire: 'Ceasefire',
};

/** Words for the generated text alternatives. */
export const DESCRIBE = {
  mapViews: {
    south: 'southern Lebanon and northern Israel',
    lebanon: 'Lebanon and northern Israel',
  },
  emphasis: {
    'blue-line': 'The Blue Line is highlighted.',
    'unscr1701-zone': 'The UNSCR 1701 zone, between the Blue Line and the Litani, is shaded.',
    litani: 'The Litani river is highlighted.',
  },
} as const;

/** Notes pinned to a place on the map, for events the step's text names. */
export const MAP_NOTES: Readonly<
  Record<string, { readonly place: string; readonly text: string; readonly textShort: string }>
> = {
  'majdal-shams': {
    place: 'majdal-shams',
    text: 'Rocket hits a football pitch',
    textShort: 'Rocket hits pitch',
  },
  'shukr-killed': {
    place: 'dahiyeh',
    text: 'Fuad Shukr killed in a strike',
    textShort: 'Shukr killed',
  },
};

/** The map's title: what it shows (events, or the ground itself for reference maps). */
export const MAP_TITLES = {
  events: 'Where the fire fell',
  south: 'The border: southern Lebanon and northern Israel',
  southShort: 'The border region',
  lebanon: 'Lebanon and northern Israel',
  lebanonShort: 'Lebanon and northern Israel',
} as const;

/**
 * Under a map's period stamp when events in the period fall outside the frame: how many, and
 * which way. The phone's version is short enough to clear the locator inset.
 */
export const MAP_BEYOND = {
  line: (
    count: number,
    formatted: string,
    noun: { readonly one: string; readonly many: string },
    direction: 'north' | 'south',
    compact: boolean,
  ): string =>
    `${direction === 'north' ? '↑' : '↓'} ${formatted} more ${count === 1 ? noun.one : noun.many} ${direction}${compact ? '' : ' of this map'}`,
  nouns: {
    strikes: { one: 'strike', many: 'strikes' },
    fatal: { one: 'fatal event', many: 'fatal events' },
    attacks: { one: 'attack', many: 'attacks' },
    alerts: { one: 'alert event', many: 'alert events' },
  },
} as const;

/**
 * Country, sea, river and region names on the map, with where to write them ([lon, lat]) in
 * which views. The Golan is named as Israeli-held territory, not as Israel.
 */
export const MAP_AREA_LABELS = [
  { text: 'LEBANON', lon: 35.33, lat: 33.45, kind: 'country', views: ['south'] },
  { text: 'LEBANON', lon: 35.78, lat: 33.75, kind: 'country', views: ['lebanon'] },
  { text: 'ISRAEL', lon: 35.32, lat: 32.93, kind: 'country', views: ['south', 'lebanon'] },
  { text: 'SYRIA', lon: 36.3, lat: 33.45, kind: 'country', views: ['lebanon'] },
  {
    text: 'Golan Heights (Israeli-held)',
    lon: 35.76,
    lat: 33.02,
    kind: 'region',
    views: ['south', 'lebanon'],
  },
  { text: 'Litani', lon: 35.36, lat: 33.37, kind: 'river', views: ['south', 'lebanon'] },
  { text: 'Mediterranean Sea', lon: 35.0, lat: 33.25, kind: 'sea', views: ['south'] },
  { text: 'Mediterranean Sea', lon: 35.2, lat: 34.02, kind: 'sea', views: ['lebanon'] },
] as const;

/**
 * The graphics that draw alert events across the feed's switch (12 Oct 2024): their source line
 * says where it changes. The maps draw alerts only before January 2024.
 */
export const ALERT_FEED_KINDS: readonly GraphicKind[] = ['weekly'];

/** The alert feed's switch from the official history to the Cumta relay, on the chart. */
export const ALERT_FEED_NOTE = {
  long: t(
    'Alerts: the official Home Front Command history to {officialAlertsEnd}; from {alertsRelayFrom}, the same alerts as relayed by the Cumta Telegram channel.',
  ),
  short: t('Alerts from {alertsRelayFrom}: Cumta relay.'),
};

/**
 * The Shebaa Farms: no gazetteer entry, and an extent in dispute, so the map marks an
 * approximate area (a circle of about the strip's 11 km length) at the location given by
 * Wikipedia, "Shebaa Farms" (33.283° N, 35.700° E).
 */
export const SHEBAA_FARMS = {
  text: 'Shebaa Farms (approx.)',
  /** On a phone: the dashed ring already says the extent is approximate. */
  textShort: 'Shebaa Farms',
  lon: 35.7,
  lat: 33.283,
  radiusKm: 5.5,
  source: 'Wikipedia, “Shebaa Farms”',
} as const;

/** Labels of the rules that mark where a series changes source (the seams). */
export const SEAM_LABELS: Readonly<
  Record<string, { readonly text: string; readonly series: 'strikes' | 'hezbollah' | 'alerts' }>
> = {
  'acled-israel-start': { text: 'ACLED Israel starts', series: 'hezbollah' },
  'acled-lebanon-versions': { text: 'ACLED versions join', series: 'strikes' },
  'hfc-alerts-sources': { text: 'Alerts: official → Cumta', series: 'alerts' },
};
