import {
  ACLED_LEBANON_SEAM,
  addDays,
  DEFAULT_ALERT_CLUSTER_OPTIONS,
  DEFAULT_NORTHERN_FRONT_RULE,
  roundTo,
  STUDY_PERIOD,
  type RowCounts,
  type SourceFile,
  type SourceProvenance,
} from '@blueline/core';
import type { AlertComposition, AlertSourceOutcome } from '../compose/alert-events.js';
import type { AcledStrikes } from '../compose/acled-strikes.js';
import type { PlacesResult } from '../compose/places.js';
import { GOLAN_RULE, SIMPLIFY_MIN_WEIGHT, UNSCR1701_ZONE_RULE } from '../compose/geography.js';
import type { SeriesSpec } from '../compose/series-event.js';
import type { AlertAreaIndex } from '../loaders/alerts/alert-areas.js';
import { HEBREW_AREA_ALIASES, CUMTA_AREA_ALIASES } from '../loaders/alerts/area-aliases.js';
import type { BuildInputs } from './load-inputs.js';
import * as meta from './source-catalog.js';

type Coverage = SourceProvenance['coverage'];

function entry(
  source: meta.SourceMeta,
  files: SourceFile[],
  coverage: Coverage,
  rows: RowCounts,
  notes: readonly string[],
): SourceProvenance {
  return {
    id: source.id,
    name: source.name,
    files,
    coverage,
    rows,
    licence: source.licence,
    attribution: source.attribution,
    notes: [...source.notes, ...notes],
  };
}

function allKept(read: number): RowCounts {
  return { read, kept: read, rejected: {} };
}

function describeOutcome(outcome: AlertSourceOutcome | undefined): string[] {
  if (outcome === undefined) return [];
  const excluded = Object.entries(outcome.excluded)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ');
  return [
    `Kept records clustered into ${outcome.events} alert events (core clusterAlerts: gaps of at most ${DEFAULT_ALERT_CLUSTER_OPTIONS.windowMinutes} min, events of at most ${DEFAULT_ALERT_CLUSTER_OPTIONS.maxSpanMinutes} min, areas within ${DEFAULT_ALERT_CLUSTER_OPTIONS.linkKm} km); ${outcome.counted} counted on the northern front${excluded === '' ? '' : `; excluded: ${excluded}`}.`,
    `${outcome.acrossTheLine} counted events have a centroid the approximate line puts on the Lebanese side (within its error band); their distance from the line is kept.`,
  ];
}

function alertNotes(alerts: AlertComposition): string[] {
  const rule = DEFAULT_NORTHERN_FRONT_RULE;
  const windows = rule.excludedWindows
    .map((window) => `${window.from}–${window.to.slice(11)} (${window.reason})`)
    .join('; ');
  const overlap = alerts.overlap
    .map(
      (row) =>
        `${row.month}: official ${row.official}, Cumta ${row.cumta} (${row.differencePercent === null ? 'n/a' : `${roundTo(row.differencePercent, 1) > 0 ? '+' : ''}${roundTo(row.differencePercent, 1)}%`})`,
    )
    .join('; ');
  return [
    `Merge rule: the official history up to and including its last full day (${alerts.officialLastDay ?? 'none'}), the Cumta relay after it.`,
    `Northern-front rule: events of categories ${rule.categories.join(' and ')} with a centroid at or north of ${rule.minCentroidLat}° N, outside the Iranian salvo windows ${windows} (Israel local time; checked against the nationwide spikes in both histories).`,
    ...(overlap === ''
      ? []
      : [
          `Overlap check, northern records (area at or north of ${rule.minCentroidLat}° N, rockets or hostile aircraft) per month, Cumta against official: ${overlap}.`,
        ]),
  ];
}

function matchNotes(index: AlertAreaIndex): string[] {
  const counts = index.matchCounts();
  return [
    `Area names resolved: ${counts.exact} exact, ${counts['merged-area']} through merged areas ("A, B"), ${counts['split-city']} through split cities ("X - part", the part nearest the centre), ${counts.alias} through the ${HEBREW_AREA_ALIASES.length + CUMTA_AREA_ALIASES.length} hand-checked aliases.`,
    ...(index.ambiguous.length === 0
      ? []
      : [
          `Names given to more than one area (resolved only by alias): ${index.ambiguous.join(', ')}.`,
        ]),
  ];
}

/** Everything the provenance entries are built from. */
export interface ProvenanceInputs {
  readonly inputs: BuildInputs;
  readonly strikes: AcledStrikes;
  /** The later ACLED Lebanon version's counting, when it was read. */
  readonly laterStrikes: AcledStrikes | null;
  /** The ACLED Israel file's counting, when it was read. */
  readonly israelStrikes: AcledStrikes | null;
  readonly alerts: AlertComposition;
  readonly series: readonly SeriesSpec[];
  readonly places: PlacesResult;
}

/** `provenance.json`: one entry per source, with files, coverage, row counts and notes. */
export function composeProvenance({
  inputs,
  strikes,
  laterStrikes,
  israelStrikes,
  alerts,
  series,
  places,
}: ProvenanceInputs): SourceProvenance[] {
  const coverageOf = (side: string, source: string): Coverage =>
    series.find((spec) => spec.side === side && spec.source === source)?.coverage ?? null;
  // The October 2024 export's own dates: the Israeli series runs on past them from the later
  // version when it is read.
  const ownCoverage = (): Coverage => {
    const series = coverageOf('israel', 'acled');
    const end = inputs.acled.coverage?.to;
    return series === null || end === undefined ? series : { from: series.from, to: end };
  };
  const sources: SourceProvenance[] = [
    entry(meta.ACLED_META, inputs.acled.files, ownCoverage(), strikes.counts, [
      `Counted: ${strikes.israel.length} Israeli strikes and ${strikes.hezbollah.length} Hezbollah events (actor side by core rules; event type "Explosions/Remote violence" or "Battles"; Israeli strikes located in Lebanon, Hezbollah events in Lebanon or Israel).`,
      `Rows repeated under one event_id_cnty keep the newest timestamp; rows outside ${STUDY_PERIOD.from} – ${STUDY_PERIOD.to} are out-of-period.`,
      `${strikes.unmeasured} counted events are located only to a region (geo_precision 3): they count in the weekly series but get no distance and no hex cell.`,
      `Israeli strikes that the approximate line puts on the Israeli side (within its error band), whose distance from the line is kept: ${strikes.acrossTheLine.israel}.`,
      ...(laterStrikes === null
        ? []
        : [
            `Version seam: rows up to and including ${ACLED_LEBANON_SEAM.lastDayOfEarlier} are taken from this export; rows dated after it are rejected as after-version-seam (the later version supplies those days).`,
          ]),
    ]),
    ...(inputs.acledLebanonLater === null || laterStrikes === null
      ? []
      : [
          entry(
            meta.ACLED_LEBANON_LATER_META,
            inputs.acledLebanonLater.files,
            inputs.acledLebanonLater.coverage === null
              ? null
              : {
                  from: ACLED_LEBANON_SEAM.firstDayOfLater,
                  to: inputs.acledLebanonLater.coverage.to,
                },
            laterStrikes.counts,
            [
              `Counted: ${laterStrikes.israel.length} Israeli strikes located in Lebanon (Hezbollah events located in Lebanon are outside the Hezbollah series, which is fire into Israel).`,
              `${laterStrikes.unmeasured} counted events are located only to a region (geo_precision 3): they count in the weekly series but get no distance and no hex cell.`,
              `Israeli strikes that the approximate line puts on the Israeli side (within its error band), whose distance from the line is kept: ${laterStrikes.acrossTheLine.israel}.`,
            ],
          ),
        ]),
    ...(inputs.acledIsrael === null || israelStrikes === null
      ? []
      : [
          entry(
            meta.ACLED_ISRAEL_META,
            inputs.acledIsrael.files,
            coverageOf('hezbollah', 'acled'),
            israelStrikes.counts,
            [
              `Counted: ${israelStrikes.hezbollah.length} Hezbollah attacks located in Israel (core DEFAULT_COUNTING_RULES.hezbollah and DEFAULT_THEATRE_RULES.hezbollah); ${israelStrikes.hezbollahExclLateClaims.length} of them are not flagged late_claim_batch (the acled-excl-late-claims series), ${israelStrikes.hezbollah.length - israelStrikes.hezbollahExclLateClaims.length} are.`,
              `Rows of other actors (Hamas and other Lebanon-based groups, the Islamic Resistance in Iraq, the Houthis, unidentified groups) are not-counted:side-other; Israeli-actor rows (mostly interceptions, "Strategic developments") are not-counted:side-israel or not-counted:outside-theatre.`,
              `${israelStrikes.offshore} counted attacks sit at ACLED's offshore "Eastern Mediterranean Sea" point and ${israelStrikes.unmeasured} are located only to a region (geo_precision 3): all count in the weekly totals but get no distance and no hex cell.`,
              `Hezbollah attacks that the approximate line puts on the Lebanese side (within its error band), whose distance from the line is kept: ${israelStrikes.acrossTheLine.hezbollah}.`,
            ],
          ),
        ]),
    entry(meta.UCDP_META, inputs.ucdp.files, coverageOf('israel', 'ucdp'), inputs.ucdp.counts, [
      `${inputs.ucdp.events.filter((event) => event.wherePrecision >= 4).length} kept events have where_prec 4 or more and are not mapped.`,
    ]),
  ];
  if (inputs.alertsOfficial !== null) {
    const outcome = alerts.bySource['hfc-official'];
    sources.push(
      entry(
        meta.ALERTS_OFFICIAL_META,
        inputs.alertsOfficial.files,
        alerts.officialLastDay === null
          ? null
          : { from: STUDY_PERIOD.from, to: alerts.officialLastDay },
        outcome?.counts ?? inputs.alertsOfficial.counts,
        [
          `${inputs.alertsOfficial.rows} CSV rows named ${inputs.alertsOfficial.counts.read} area mentions.`,
          ...alertNotes(alerts),
          ...describeOutcome(outcome),
        ],
      ),
    );
  }
  if (inputs.alertsCumta !== null) {
    const outcome = alerts.bySource.cumta;
    const from =
      alerts.officialLastDay === null ? STUDY_PERIOD.from : addDays(alerts.officialLastDay, 1);
    sources.push(
      entry(
        meta.ALERTS_CUMTA_META,
        inputs.alertsCumta.files,
        alerts.coverage === null ? null : { from, to: alerts.coverage.to },
        outcome?.counts ?? inputs.alertsCumta.counts,
        [...describeOutcome(outcome)],
      ),
    );
  }
  const dcwRead = inputs.lebanon.features;
  sources.push(
    entry(
      meta.ALERT_AREAS_META,
      [inputs.alertAreas.source],
      null,
      inputs.alertAreas.counts,
      matchNotes(inputs.alertAreas),
    ),
    entry(meta.MOPH_DTM_META, inputs.mophDtm.files, null, inputs.mophDtm.counts, []),
    entry(
      meta.CASUALTIES_360INFO_META,
      inputs.casualties360info.files,
      null,
      inputs.casualties360info.counts,
      [],
    ),
    entry(meta.LOBBY1701_META, inputs.lobby1701.files, null, inputs.lobby1701.counts, []),
    entry(meta.UNIFIL_META, inputs.unifil.files, null, inputs.unifil.counts, [
      `Key figures: ${inputs.unifil.figures.map((figure) => figure.id).join(', ')}.`,
    ]),
    entry(
      meta.GEOGRAPHY_META,
      [inputs.blueLine.source, inputs.litani.source, inputs.lebanon.source],
      null,
      { read: 4 + dcwRead, kept: 6, rejected: dcwRead > 2 ? { 'not-needed': dcwRead - 2 } : {} },
      [
        'Rows are features: the Blue Line; the Litani upper course, lower course and Qaraoun reservoir; the DCW Lebanon and Syria polygons (DCW Israel is not needed).',
        `UNSCR 1701 zone rule: ${UNSCR1701_ZONE_RULE}`,
        `Golan rule: ${GOLAN_RULE}`,
        `Simplification: topojson-simplify, planar effective area below ${SIMPLIFY_MIN_WEIGHT} square degrees removed; the Blue Line keeps all its points.`,
      ],
    ),
    entry(
      meta.WORLD_ATLAS_META,
      [inputs.worldAtlas.source],
      null,
      allKept(inputs.worldAtlas.countries.length),
      ['Rows are the country outlines drawn.'],
    ),
    entry(meta.GEONAMES_META, [inputs.geonames.source], null, inputs.geonames.counts, [
      ...(places.acrossTheLine.length === 0
        ? []
        : [
            `Places the approximate line puts on the other side of the Blue Line (within its error band; their side is stated from the place itself): ${places.acrossTheLine.join(', ')}.`,
          ]),
      ...(places.missing.length === 0
        ? []
        : [
            `Places left out because the ACLED input lacks their location: ${places.missing.join(', ')}.`,
          ]),
    ]),
  );
  return sources;
}
