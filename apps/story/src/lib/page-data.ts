/**
 * What the prerendered page receives. Small on purpose: it is serialised into the HTML, so the
 * big hex-cell file stays out and is fetched on mount.
 */
import type {
  CsisComparisonRow,
  CsisSnapshot,
  DistanceBin,
  SeriesPoint,
  SourceRef,
  SourceProvenance,
} from '@blueline/core';
import type { CopyValues } from '$lib/facts/values';
import type { StepId } from '$lib/story/chapters';

/** One week of every series the charts draw; `null` where a source has no data that week. */
export interface WeekPoint {
  readonly week: string;
  /** ACLED Israeli strikes located in Lebanon. */
  readonly strikes: number | null;
  /** Whether ACLED's strike count for the week is complete, or only a lower bound. */
  readonly strikesComplete: boolean;
  /** ACLED Hezbollah attacks located in Israel (from 1 January 2024), all rows as published. */
  readonly hezbollah: number | null;
  /** The same without the late-added Hezbollah claims (the sensitivity split). */
  readonly hezbollahExclLateClaims: number | null;
  /** Home Front Command alert events in northern Israel: the second lens on Hezbollah fire. */
  readonly alerts: number | null;
  /** UCDP fatal events of Israeli fire in Lebanon. */
  readonly fatal: number | null;
  readonly strikesMeanKm: number | null;
  readonly strikesMedianKm: number | null;
  readonly hezbollahMeanKm: number | null;
  readonly hezbollahMedianKm: number | null;
  readonly alertsMeanKm: number | null;
  readonly alertsMedianKm: number | null;
}

/** A date where a series changes source (a version seam, or the start of a file). */
export interface ChartSeam {
  readonly id: string;
  /** The first day of the new source. */
  readonly date: string;
  /** A short label for the rule on the chart. */
  readonly label: string;
  /** The series it falls in. */
  readonly series: 'strikes' | 'hezbollah' | 'alerts';
}

/** A timeline event placed on a chart. */
export interface ChartAnnotation {
  readonly id: string;
  readonly date: string;
  readonly label: string;
}

/** Distance histograms, re-binned to the story's bins. */
export interface HistogramPanel {
  readonly id: 'lebanon' | 'israel';
  readonly label: string;
  readonly before: {
    readonly label: string;
    readonly total: number;
    readonly bins: readonly DistanceBin[];
  };
  readonly after: {
    readonly label: string;
    readonly total: number;
    readonly bins: readonly DistanceBin[];
    /** The period's real dates: each source's "from September" ends where its data end. */
    readonly from: string;
    readonly to: string;
  };
}

/** A dated series for the casualties chart. */
export interface CasualtySeries {
  readonly id: string;
  readonly label: string;
  readonly producer: string;
  readonly points: readonly SeriesPoint[];
  readonly breaks: readonly { readonly date: string; readonly note: string }[];
}

export interface ChartData {
  readonly weeks: readonly WeekPoint[];
  /** Where a series changes source; each chart marks the seams that fall in its window. */
  readonly seams: readonly ChartSeam[];
  readonly baseline: {
    readonly from: string;
    readonly to: string;
    readonly strikesWeeklyMean: number;
  };
  readonly annotations: Readonly<Record<string, ChartAnnotation>>;
  readonly histograms: readonly HistogramPanel[];
  readonly killed: CasualtySeries;
  readonly displaced: CasualtySeries;
}

/** A place label, projected into world units. */
export interface MapPlaceLabel {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly rank: number;
  readonly country: 'lebanon' | 'israel';
}

/** The base map, projected at build time into world units (see map/projection.ts). */
export interface MapBase {
  readonly land: readonly { readonly name: string; readonly d: string }[];
  readonly blueLine: string;
  readonly litani: string;
  readonly qaraoun: string;
  readonly zone: string;
  /** The Golan Heights Israel holds (the snapshot's `golan` object). */
  readonly golan: string;
  readonly places: readonly MapPlaceLabel[];
  /** The locator inset: the eastern Mediterranean, with each view's frame. */
  readonly locator: MapLocator;
  /**
   * The first day ACLED's Israel file covers, and the week it falls in: the map's Hezbollah
   * cells are averaged over the weeks from then, and the period stamp says so.
   */
  readonly hezbollahAcledFrom: { readonly day: string; readonly week: string };
}

/** A small overview map in its own pixels (see map/locator.ts). */
export interface MapLocator {
  readonly width: number;
  readonly height: number;
  readonly land: readonly { readonly name: string; readonly d: string }[];
  readonly views: Readonly<
    Record<
      'south' | 'lebanon',
      { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
    >
  >;
}

/** A citation as shown under a step. */
export type Citation = Pick<SourceRef, 'outlet' | 'date' | 'headline' | 'url' | 'author'>;

/** One dataset offered for download, with a preview table. */
export interface DatasetSummary {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly files: readonly string[];
  /** The metadata file beside the downloads (citation, licence, as-of date). */
  readonly metadata: string;
}

/** The rules behind the series, read from core's defaults so the text cannot drift from the code. */
export interface MethodsRules {
  readonly countingRules: readonly string[];
  readonly weekStartsOn: string;
  readonly cluster: {
    readonly windowMinutes: number;
    readonly maxSpanMinutes: number;
    readonly linkKm: number;
  };
  readonly northernFront: {
    readonly minCentroidLat: number;
    readonly categories: readonly string[];
    readonly excludedWindows: readonly {
      readonly from: string;
      readonly to: string;
      readonly reason: string;
    }[];
  };
  readonly distanceEdgesKm: readonly number[];
  readonly hexResolution: number;
}

export interface MethodsData {
  readonly rules: MethodsRules;
  readonly comparisons: readonly CsisComparisonRow[];
  /** CSIS figures the data could not reproduce, with why (empty for the committed snapshot). */
  readonly omitted: CsisSnapshot['omitted'];
  readonly sources: readonly SourceProvenance[];
  readonly datasets: readonly DatasetSummary[];
  /** The five articles the story is built around, as the snapshot cites them. */
  readonly articles: readonly Citation[];
  readonly topCells: readonly {
    readonly cell: string;
    readonly lat: number;
    readonly lon: number;
    readonly strikes: number;
  }[];
}

/** Dates of the masthead (ISO) and the absolute URLs a share card needs. */
export interface FrontData {
  readonly published: string;
  /** The latest date any source covers. */
  readonly dataAsOf: string;
  readonly share: {
    readonly url: string;
    readonly image: string;
    readonly imageWidth: number;
    readonly imageHeight: number;
  };
}

export interface StoryPageData {
  readonly copy: CopyValues;
  readonly front: FrontData;
  /** Text alternatives of the graphic: before any step, and at each step. */
  readonly descriptions: {
    readonly none: string;
    readonly steps: Readonly<Record<StepId, string>>;
  };
  readonly citations: Readonly<Record<StepId, readonly Citation[]>>;
  readonly charts: ChartData;
  readonly map: MapBase;
  readonly methods: MethodsData;
}
