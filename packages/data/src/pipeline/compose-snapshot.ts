import {
  ACLED_LEBANON_SEAM,
  addDays,
  applyCompleteness,
  createBlueLineMeasure,
  InputError,
  resolveCompleteness,
  STUDY_PERIOD,
  type CompletenessNote,
  type Seam,
  type CsisComparisonRow,
  type MonthlyOverlapRow,
  type SourceProvenance,
} from '@blueline/core';
import { keyFigures, phases, spineSources, timeline } from '../content/index.js';
import { acledStrikes, type AcledStrikes } from '../compose/acled-strikes.js';
import { composeAgreement } from '../compose/agreement.js';
import { composeAgreementLenses } from '../compose/agreement-lenses.js';
import { composeAlerts } from '../compose/alert-events.js';
import { composeCsis } from '../compose/csis.js';
import { composeGeography } from '../compose/geography.js';
import { composeHexCells } from '../compose/hex-cells.js';
import { composeHistograms } from '../compose/histograms.js';
import { histogramPeriods } from '../compose/periods.js';
import { composePhaseSummaries } from '../compose/phase-summaries.js';
import { composePlaces } from '../compose/places.js';
import { groundClashSeries } from '../compose/ground-clashes.js';
import { findSeries, type SeriesSpec } from '../compose/series-event.js';
import { ucdpSeriesEvents } from '../compose/ucdp-events.js';
import { composeWeekly } from '../compose/weekly.js';
import type { BuildInputs } from './load-inputs.js';
import { composeProvenance } from './provenance.js';
import type { SnapshotContents } from './snapshot-contents.js';

/** The H3 resolution of `hex-cells.json` (core's default, cells of about 5 km²). */
export const HEX_RESOLUTION = 7;

/**
 * UCDP GED 25.1 covers events up to 31 December 2024; the UCDP series runs to that day even
 * though its last event in Lebanon is on 25 December.
 */
export const UCDP_GED_COVERAGE_END = '2024-12-31';

/** What a build reports besides the snapshot: for the CLI summary and the tests. */
export interface BuildReport {
  readonly sources: readonly SourceProvenance[];
  readonly csis: readonly CsisComparisonRow[];
  readonly overlap: readonly MonthlyOverlapRow[];
  readonly agreement: {
    readonly from: string;
    readonly to: string;
    readonly deathsCorrelation: number | null;
    readonly fatalEventsCorrelation: number | null;
    readonly acledFatalities: number;
    readonly ucdpDeaths: number;
  };
  /** The first row problems of each source, `file:line: field: message`. */
  readonly issues: Readonly<Record<string, readonly string[]>>;
  /** Agreement lenses (ACLED vs alerts, later ACLED vs UCDP): id, dates and correlations. */
  readonly lenses: readonly {
    readonly id: string;
    readonly from: string;
    readonly to: string;
    readonly countCorrelation: number | null;
    readonly meanDepthCorrelation: number | null;
  }[];
  /** Why weeks are flagged lower bounds; a `stale-manifest` note must be reviewed. */
  readonly completenessNotes: readonly CompletenessNote[];
}

/** A composed snapshot and its report. */
export interface ComposedSnapshot {
  readonly contents: SnapshotContents;
  readonly report: BuildReport;
}

function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

/**
 * Composes every snapshot file from the loaded inputs with core's domain functions. Pure apart
 * from reading the content modules: the same inputs always give the same snapshot.
 * @throws {InputError} when an input has nothing in the study period.
 */
export function composeSnapshot(inputs: BuildInputs): ComposedSnapshot {
  const blueLine = createBlueLineMeasure(inputs.blueLine.line.coordinates);
  const seam = inputs.acledLebanonLater === null ? null : ACLED_LEBANON_SEAM;
  const strikes = acledStrikes(
    inputs.acled,
    blueLine,
    seam === null ? undefined : { side: 'earlier', lastDayOfEarlier: seam.lastDayOfEarlier },
  );
  const laterStrikes =
    inputs.acledLebanonLater === null || seam === null
      ? null
      : acledStrikes(inputs.acledLebanonLater, blueLine, {
          side: 'later',
          lastDayOfEarlier: seam.lastDayOfEarlier,
        });
  const israelStrikes =
    inputs.acledIsrael === null ? null : acledStrikes(inputs.acledIsrael, blueLine);
  const acledParts: readonly AcledStrikes[] = [strikes, laterStrikes, israelStrikes].filter(
    (part): part is AcledStrikes => part !== null,
  );
  const alerts = composeAlerts(inputs.alertsOfficial, inputs.alertsCumta, blueLine);
  const acledEnd = inputs.acled.coverage?.to;
  if (acledEnd === undefined) {
    throw new InputError(
      [{ field: '', message: 'the ACLED input has no events in the study period' }],
      {
        file: inputs.acled.files.map((file) => file.name).join(', '),
        line: 0,
      },
    );
  }
  if (alerts.coverage === null) {
    throw new InputError(
      [{ field: '', message: 'the alert input has no records in the study period' }],
      {
        file: 'alerts',
        line: 0,
      },
    );
  }
  const ucdpEnd = later(inputs.ucdp.coverage?.to ?? UCDP_GED_COVERAGE_END, UCDP_GED_COVERAGE_END);
  // Each series starts where its data starts (never before the study period), so that a user's
  // export beginning in 2024 does not show empty months of 2023 as weeks with no strikes.
  const from = STUDY_PERIOD.from;
  const acledFrom = later(from, inputs.acled.coverage?.from ?? from);
  const alertsFrom = later(from, alerts.coverage.from);
  const israeliEnd = inputs.acledLebanonLater?.coverage?.to ?? acledEnd;
  // Hezbollah attacks are ACLED events located in Israel: from the Israel file when the raw
  // folder is used (it starts on 1 January 2024), from the user's exports otherwise.
  const hezbollahCoverage =
    inputs.acledIsrael?.coverage === null || inputs.acledIsrael === null
      ? { from: acledFrom, to: acledEnd }
      : { from: later(from, inputs.acledIsrael.coverage.from), to: inputs.acledIsrael.coverage.to };
  const series: SeriesSpec[] = [
    {
      side: 'hezbollah',
      source: 'acled',
      coverage: hezbollahCoverage,
      events: acledParts.flatMap((part) => part.hezbollah),
    },
    ...(israelStrikes === null
      ? []
      : [
          {
            side: 'hezbollah',
            source: 'acled-excl-late-claims',
            coverage: hezbollahCoverage,
            events: acledParts.flatMap((part) => part.hezbollahExclLateClaims),
          } satisfies SeriesSpec,
        ]),
    {
      side: 'hezbollah',
      source: 'alerts',
      coverage: { from: alertsFrom, to: alerts.coverage.to },
      events: alerts.events,
    },
    {
      side: 'israel',
      source: 'acled',
      coverage: { from: acledFrom, to: israeliEnd },
      events: acledParts.flatMap((part) => part.israel),
    },
    {
      side: 'israel',
      source: 'ucdp',
      // GED is complete for its period: a day without an event had no fatal event, so UCDP's
      // series covers the whole study period, not just from its first event.
      coverage: { from, to: ucdpEnd },
      events: ucdpSeriesEvents(inputs.ucdp.events, blueLine),
    },
  ];
  const israelAcled = findSeries(series, 'israel', 'acled');
  const israelUcdp = findSeries(series, 'israel', 'ucdp');
  if (israelAcled === undefined || israelUcdp === undefined) throw new Error('series missing');

  const sortedPhases = [...phases].sort((a, b) => (a.start < b.start ? -1 : 1));
  const completenessNotes = composeCompletenessNotes(inputs, seam);
  const weekly = applyCompleteness(composeWeekly(series), completenessNotes);
  const csis = composeCsis({ weekly, series, source: spineSources.csisEscalating });
  // The main ACLED–UCDP comparison stays on the export of October 2024; the later version's
  // weeks are compared separately (a lens), since several of them are lower bounds.
  const agreement = composeAgreement(
    { ...israelAcled, coverage: { from: israelAcled.coverage.from, to: acledEnd } },
    israelUcdp,
    inputs.ucdp.events,
    composeAgreementLenses(weekly, series, laterStrikes?.israel ?? null),
  );
  const places = composePlaces(
    {
      geonames: inputs.geonames.places,
      alertAreas: inputs.alertAreas.areas,
      acled: inputs.acled.store,
    },
    blueLine,
  );
  const provenance = composeProvenance({
    inputs,
    strikes,
    laterStrikes,
    israelStrikes,
    alerts,
    series,
    places,
  });
  // The late-claim split is a sensitivity check on counts and depths, not a second map. The
  // ground clashes are a map layer only: events already counted in the two sides' series.
  const hexSeries = [
    ...series.filter((spec) => spec.source !== 'acled-excl-late-claims'),
    groundClashSeries(acledParts, israelAcled.coverage),
  ];

  const contents: SnapshotContents = {
    'weekly.json': weekly,
    'histograms.json': composeHistograms(series, histogramPeriods(sortedPhases)),
    'hex-cells.json': composeHexCells(hexSeries, HEX_RESOLUTION),
    'phases.json': {
      phases: sortedPhases,
      summaries: composePhaseSummaries(series, sortedPhases),
    },
    'series.json': [
      ...inputs.mophDtm.series,
      ...inputs.casualties360info.series,
      ...inputs.lobby1701.series,
    ].sort(byId),
    'timeline.json': [...timeline].sort((a, b) =>
      a.date !== b.date ? (a.date < b.date ? -1 : 1) : byId(a, b),
    ),
    'key-figures.json': [...keyFigures, ...inputs.unifil.figures].sort(byId),
    'places.json': places.places,
    'csis.json': csis,
    'agreement.json': agreement,
    'geography.topo.json': composeGeography({
      blueLine: inputs.blueLine.line,
      litaniUpper: inputs.litani.upper,
      litaniLower: inputs.litani.lower,
      qaraoun: inputs.litani.qaraoun,
      lebanon: inputs.lebanon.geometry,
      syria: inputs.syria.geometry,
      countries: inputs.worldAtlas.countries,
    }),
    'provenance.json': {
      sources: provenance,
      seams: [
        ...(seam === null ? [] : [seam]),
        ...alertSeam(alerts.officialLastDay, alerts.coverage.to),
      ],
      completenessNotes,
    },
  };
  return {
    contents,
    report: {
      sources: provenance,
      csis: csis.comparisons,
      overlap: alerts.overlap,
      agreement: {
        from: agreement.from,
        to: agreement.to,
        deathsCorrelation: agreement.deathsCorrelation,
        fatalEventsCorrelation: agreement.fatalEventsCorrelation,
        acledFatalities: agreement.acledFatalities,
        ucdpDeaths: agreement.ucdpDeaths,
      },
      issues: {
        acled: inputs.acled.issues,
        ucdp: inputs.ucdp.issues,
        'hfc-alerts-official': inputs.alertsOfficial?.issues ?? [],
        'hfc-alerts-cumta': inputs.alertsCumta?.issues ?? [],
        'moph-dtm': inputs.mophDtm.issues,
        'casualties-360info': inputs.casualties360info.issues,
        lobby1701: inputs.lobby1701.issues,
        'acled-lebanon-later': inputs.acledLebanonLater?.issues ?? [],
        'acled-israel': inputs.acledIsrael?.issues ?? [],
        'unifil-air-violations': inputs.unifil.issues,
      },
      lenses: agreement.lenses.map((lens) => ({
        id: lens.id,
        from: lens.from,
        to: lens.to,
        countCorrelation: lens.countCorrelation,
        meanDepthCorrelation: lens.meanDepthCorrelation,
      })),
      completenessNotes,
    },
  };
}

/**
 * The completeness notes of the ACLED files this build read: each manifest whose file was read
 * is resolved against the file's SHA-256 (core `resolveCompleteness`); a manifest about a file
 * not read (a user's own exports) does not apply.
 */
function composeCompletenessNotes(inputs: BuildInputs, seam: Seam | null): CompletenessNote[] {
  const later = inputs.acledLebanonLater;
  const notes: CompletenessNote[] = [];
  for (const manifest of inputs.completenessManifests) {
    const file = later?.files.find((candidate) => candidate.name === manifest.file);
    if (later === null || file === undefined || later.coverage === null) continue;
    const from =
      seam !== null && later.coverage.from <= seam.lastDayOfEarlier
        ? seam.firstDayOfLater
        : later.coverage.from;
    notes.push(
      resolveCompleteness(manifest, {
        sha256: file.sha256,
        coverage: { from, to: later.coverage.to },
      }),
    );
  }
  return notes;
}

/**
 * The alert series' own seam: the official HFC history up to and including its last full day,
 * the Cumta relay after it (core `alertSourceForDate`); none when only one history was read.
 */
function alertSeam(officialLastDay: string | null, alertsEnd: string): Seam[] {
  if (officialLastDay === null || officialLastDay >= alertsEnd) return [];
  return [
    {
      id: 'hfc-alerts-sources',
      series: ['hezbollah/alerts'],
      lastDayOfEarlier: officialLastDay,
      firstDayOfLater: addDays(officialLastDay, 1),
      earlier: 'Home Front Command alert history, official (via dleshem/israel-alerts-data)',
      later: 'Home Front Command alerts relayed by the Cumta Telegram channel',
      description: `Alerts up to and including ${officialLastDay} come from the official history, its last full day; from ${addDays(officialLastDay, 1)} from the Cumta relay. One source per day, so no alert is counted twice.`,
    },
  ];
}
