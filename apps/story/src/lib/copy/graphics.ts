/** Words on and around the graphics: titles, legends, axis labels, annotations, source lines. */
import type { GraphicKind } from '$lib/story/types';

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
      'Sources: ACLED (Israeli strikes in Lebanon; Hezbollah attacks in Israel from January 2024, Golan excluded); UCDP GED (fatal events); Israel Home Front Command alerts (before January 2024); Natural Earth; GSHHG. Blue Line and 1701 zone approximate. Analysis: Blue Line project.',
  },
  weekly: {
    title: 'Israeli strikes in Lebanon and Hezbollah attacks in Israel, per week',
    titleShort: 'Strikes and attacks, per week',
    sourceShort: 'ACLED, Home Front Command alerts, UCDP.',
    source:
      'Sources: ACLED (Israeli strikes in Lebanon, two versions joined, the last weeks lower bounds; Hezbollah attacks located in Israel, from January 2024); Israel Home Front Command alerts, grouped into alert events (official history, then the Cumta relay; dotted rules mark the seams); UCDP GED (fatal events, the cross-check). Analysis: Blue Line project.',
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
  histogramIsrael: 'Israel: Hezbollah attacks (ACLED, from Jan 2024)',
  before: 'Before September 2024',
  fromSeptember: 'From September 2024',
  killed: 'Killed (health ministry, cumulative)',
  displaced: 'Displaced (IOM)',
  definitionChange: 'IOM definition changes',
  mapStrikes: 'Israeli strikes per hex cell (ACLED)',
  mapStrikesCompact: 'Strikes per cell',
  mapFatalCompact: 'Fatal events per cell',
  killedCompact: 'Killed',
  displacedCompact: 'Displaced (IOM)',
  mapFatal: 'Fatal events per hex cell (UCDP)',
  mapAlerts: 'Alert events (ring size = number)',
  mapIncomplete: 'The last weeks’ strike cells are lower bounds (ACLED read in part)',
  mapHezbollah: 'Hezbollah attacks per hex cell in Israel (ACLED)',
  mapHezbollahCompact: 'Hezbollah attacks per cell',
  mapBlueLine: 'Blue Line (approximate)',
  mapZone: 'UNSCR 1701 zone',
  mapLitani: 'Litani river',
  noData: 'No incidents drawn: base map',
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
  'iran-missiles-oct-1': 'Iran’s missiles',
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

/** Country and sea names on the map, with where to write them ([lon, lat]) in which views. */
export const MAP_AREA_LABELS = [
  { text: 'LEBANON', lon: 35.33, lat: 33.45, kind: 'country', views: ['south'] },
  { text: 'LEBANON', lon: 35.78, lat: 33.75, kind: 'country', views: ['lebanon'] },
  { text: 'ISRAEL', lon: 35.32, lat: 32.93, kind: 'country', views: ['south', 'lebanon'] },
  { text: 'SYRIA', lon: 36.3, lat: 33.45, kind: 'country', views: ['lebanon'] },
  { text: 'Mediterranean Sea', lon: 35.0, lat: 33.25, kind: 'sea', views: ['south'] },
  { text: 'Mediterranean Sea', lon: 35.2, lat: 34.02, kind: 'sea', views: ['lebanon'] },
] as const;

/** Labels of the rules that mark where a series changes source (the seams). */
export const SEAM_LABELS: Readonly<
  Record<string, { readonly text: string; readonly series: 'strikes' | 'hezbollah' | 'alerts' }>
> = {
  'acled-israel-start': { text: 'ACLED Israel starts', series: 'hezbollah' },
  'acled-lebanon-versions': { text: 'ACLED versions join', series: 'strikes' },
  'hfc-alerts-sources': { text: 'Alerts: official → Cumta', series: 'alerts' },
};
