/**
 * The sticky graphic's possible states. Each is plain data: the graphic components render a
 * state and nothing else, so a state can be unit-tested, serialised into `data-graphic` and
 * described in words for screen readers.
 */

/** An inclusive range of calendar dates, `YYYY-MM-DD`. For weekly data, week starts. */
export interface DateWindow {
  readonly from: string;
  readonly to: string;
}

/** The two framings of the map: the border band, or all of Lebanon when strikes reach Beirut. */
export type MapView = 'south' | 'lebanon';

/** Which part of the base map the step talks about. */
export type MapEmphasis = 'blue-line' | 'unscr1701-zone' | 'litani' | null;

/** The map: base layers, plus incidents per hex cell over a window of weeks. */
export interface MapState {
  readonly kind: 'map';
  readonly view: MapView;
  /** Week starts whose cells are summed; `null` shows the base map only. */
  readonly window: DateWindow | null;
  /** Which series fills the Lebanese hex cells: ACLED strikes, or UCDP fatal events. */
  readonly strikes: 'acled' | 'ucdp' | null;
  /**
   * What is drawn on the Israeli side: ACLED Hezbollah attack cells (from January 2024), or
   * Home Front Command alert events as rings (the only record before ACLED's Israel file).
   */
  readonly hezbollah: 'acled' | 'alerts' | null;
  /**
   * Outline the cells where ACLED records armed clashes between Israel and Hezbollah inside
   * Lebanon in the window: where the ground war was fought, not only where strikes fell.
   */
  readonly clashes: boolean;
  readonly emphasis: MapEmphasis;
  /** Place ids (places.json) to call out. */
  readonly callouts: readonly string[];
  /** Events the text names, each pinned to its place with a note (ids in MAP_NOTES). */
  readonly notes?: readonly string[];
}

/**
 * Weekly counts by side: ACLED Israeli strikes up, ACLED Hezbollah attacks down (from January
 * 2024), with the alert events as a second lens on Hezbollah fire (a line below the axis).
 */
export interface WeeklyState {
  readonly kind: 'weekly';
  /** Week starts shown on the x axis. */
  readonly domain: DateWindow;
  /** Weeks drawn at full strength; the rest are faded. `null` highlights everything. */
  readonly highlight: DateWindow | null;
  /**
   * The event's exact days, when they do not fill whole weeks (calendar dates, inclusive): the
   * band marks these days, and only weeks wholly inside them are drawn at full strength.
   */
  readonly days?: DateWindow;
  /** Timeline event ids to annotate. */
  readonly annotations: readonly string[];
  /** Whether to draw the pre-September weekly average of Israeli strikes. */
  readonly baseline: boolean;
  /** Which side the step is about; the other is drawn faded. */
  readonly focus: 'both' | 'strikes' | 'hezbollah';
  /** Whether UCDP's fatal events are drawn as the cross-check line for the later ACLED weeks. */
  readonly crossCheck: boolean;
}

/** Mean and median distance from the Blue Line per week: ACLED strikes and ACLED Hezbollah attacks. */
export interface DepthState {
  readonly kind: 'depth';
  readonly domain: DateWindow;
  readonly highlight: DateWindow | null;
  readonly annotations: readonly string[];
}

/** Distance histograms, Lebanon (ACLED strikes) and Israel (ACLED Hezbollah attacks), before vs from September 2024. */
export interface HistogramState {
  readonly kind: 'histogram';
  /** `before` shows only the contained war; `both` adds the September escalation. */
  readonly periods: 'before' | 'both';
}

/** Lebanese Ministry of Public Health deaths and IOM displacement, cumulative. */
export interface CasualtiesState {
  readonly kind: 'casualties';
  readonly domain: DateWindow;
  readonly highlight: DateWindow | null;
  readonly annotations: readonly string[];
}

/** Everything the sticky graphic can show. */
export type GraphicState = MapState | WeeklyState | DepthState | HistogramState | CasualtiesState;

/** The kinds of graphic, one component each. */
export type GraphicKind = GraphicState['kind'];
