/**
 * What the snapshot says about each source: name, licence, attribution and standing caveats,
 * taken from the raw folder's PROVENANCE.md files. Counts and computed notes are added by the
 * build.
 */
/** A source's fixed description. */
export interface SourceMeta {
  readonly id: string;
  readonly name: string;
  readonly licence: string;
  readonly attribution: string;
  readonly notes: readonly string[];
}

/** ACLED events in Lebanon. */
export const ACLED_META: SourceMeta = {
  id: 'acled',
  name: 'ACLED events in Lebanon (export of 15 October 2024, via samchakra/conflict_route)',
  licence:
    'ACLED Terms of Use and Attribution Policy: attribution required; raw event rows are not redistributed. The snapshot holds aggregates only.',
  attribution: 'Armed Conflict Location & Event Data (ACLED); www.acleddata.com',
  notes: [
    'Lebanon only: ACLED locates Hezbollah fire into Israel in Israel, and those events are not in this export; the few Hezbollah events here are clashes on Lebanese soil.',
    'Ends 11 October 2024 (exported 15 October 2024); the last weeks may be under-counted because ACLED back-fills.',
    'Counts are events, not munitions: several strikes on one village in one day are often one ACLED event.',
    'Passed through a third-party repository (a student project); the values look like an untouched ACLED export but could not be checked against ACLED itself.',
  ],
};

/** ACLED events in Lebanon, a later version, from the seam on. */
export const ACLED_LEBANON_LATER_META: SourceMeta = {
  id: 'acled-lebanon-later',
  name: 'ACLED events in Lebanon, 12 October – 31 December 2024, from a later ACLED version (a 2026 API pull; partial transcription of zahraghourani/lebanon-conflict-viz)',
  licence: ACLED_META.licence,
  attribution: ACLED_META.attribution,
  notes: [
    'Joined to the export of October 2024 at the seam: rows dated up to 11 October 2024 come from that export, rows from 12 October 2024 from this version; rows of this file dated before the seam are rejected as before-version-seam.',
    'Not yet complete, and biased by geography: one part of the source file (mostly Dahiyeh, Beirut, Tyre, Sayda and West Bekaa) is read only to about 12–15 November 2024. The weeks it misses are flagged lower-bound in weekly.json (see completenessNotes); UCDP is the complete cross-check for fatal events.',
    'A later, back-filled ACLED version with some coordinate recodes: its counts are not equally complete with the October 2024 export.',
    'Transcribed by hand from a public copy (a subset of ACLED columns: no notes, source, inter codes); an independent re-read of random samples found 0 wrong fields of 3,795.',
  ],
};

/** ACLED events located in Israel: Hezbollah attacks. */
export const ACLED_ISRAEL_META: SourceMeta = {
  id: 'acled-israel',
  name: 'ACLED events located in Israel, 1 January 2024 onwards: rows with a Hezbollah or "(Lebanon)" actor or north of 32.55° N (transcribed from zahraghourani/lebanon-conflict-viz, a 2026 API pull)',
  licence: ACLED_META.licence,
  attribution: ACLED_META.attribution,
  notes: [
    'Starts on 1 January 2024: for 8 October – 31 December 2023 only the alert series covers the Hezbollah side.',
    'ACLED codes the occupied Golan Heights to Syria (Quneitra), so Hezbollah fire on the Golan, including Majdal Shams on 27 July 2024, is not in this file.',
    'late_claim_batch is the transcriber’s heuristic, not an ACLED field: rows in ID blocks of late-added, largely unconfirmed Hezbollah War Media claims (audited at precision 80/81, recall 80/83). The headline series counts every row; the acled-excl-late-claims series leaves the flagged rows out.',
    'Transcribed by hand from a public copy (a subset of ACLED columns: no notes, source, admin2/3, inter codes); an independent re-read of random samples found 0 wrong fields of 3,318.',
  ],
};

/** UNIFIL's monthly counts of Israeli air violations, as worded by the UN. */
export const UNIFIL_META: SourceMeta = {
  id: 'unifil-air-violations',
  name: 'UNIFIL monthly counts of Israeli air violations of Lebanon, as quoted by UN DPO ("UNIFIL records uptick in Israeli air violations")',
  licence: 'UN web content; cited as UNIFIL / UN DPO',
  attribution: 'UNIFIL, via the UN Department of Peace Operations',
  notes: [
    'Seven month figures keyed by hand from the article, with its wording kept as the qualifier ("over", "almost", exact); they become cited key figures, not a weekly series.',
    'No monthly series exists for October 2023 – September 2024 in this source.',
  ],
};

/** UCDP GED 25.1, events located in Lebanon. */
export const UCDP_META: SourceMeta = {
  id: 'ucdp',
  name: 'UCDP Georeferenced Event Dataset 25.1, events located in Lebanon (via the Free Lebanon Data Hub)',
  licence: 'CC BY 4.0 (UCDP); Hub compilation CC BY-SA 4.0',
  attribution:
    'Uppsala Conflict Data Program, UCDP GED Global 25.1 (Davies, Pettersson and Öberg 2025; Sundberg and Melander 2013), via sboghossian/free-lebanon-data-hub',
  notes: [
    'Only events with at least one estimated death; compare deaths with ACLED, not event counts.',
    'A separate series (source "ucdp"), never mixed into ACLED counts. Side is Israel: the Government of Israel is side A in every dyad of the extract.',
    'Coverage chosen to end on 31 December 2024, the end of GED 25.1: its last event in Lebanon is on 25 December, so the weeks after it are true zeros, not missing data.',
    'Events at province, region or country centroids (where_prec 4–6) count in the weekly series but get no distance and no hex cell.',
    'Transcribed by hand from the Hub file and checked against its per-year totals; low/high estimates and precision codes could not be checked independently.',
  ],
};

/** The official Home Front Command alert history. */
export const ALERTS_OFFICIAL_META: SourceMeta = {
  id: 'hfc-alerts-official',
  name: 'Home Front Command alert history, official (via dleshem/israel-alerts-data)',
  licence: 'Apache-2.0 (repository); the alerts are official public HFC warnings',
  attribution:
    'Israel Home Front Command (Pikud HaOref) alert history, via dleshem/israel-alerts-data',
  notes: [
    'Alerts, not attacks: one launch can alert dozens of areas, and some attacks (anti-tank missiles, fire at troops) alert none. Used as a proxy for Hezbollah fire into Israel.',
    'No origin field: fire from Lebanon is inferred from geography (northern-front rule), and the windows of Iran’s 14 April and 1 October 2024 salvos are excluded.',
    'Counts are per area mention: a row naming several areas is several records.',
  ],
};

/** Home Front Command alerts relayed by Cumta. */
export const ALERTS_CUMTA_META: SourceMeta = {
  id: 'hfc-alerts-cumta',
  name: 'Home Front Command alerts relayed by the Cumta Telegram channel (via VeraVol42/Red_Alerts_Israel)',
  licence: 'No licence stated; used as a research input for the dates the official history lacks',
  attribution: 'HFC alerts via the Cumta Telegram channel, compiled by VeraVol42/Red_Alerts_Israel',
  notes: [
    'A third-party scrape of a Telegram relay, not the official history; used only after the official history’s last full day.',
    'City zones are combined into one record per locality, so record counts run below the official history’s for split cities; events are comparable.',
  ],
};

/** The HFC alert-area list with centroids. */
export const ALERT_AREAS_META: SourceMeta = {
  id: 'hfc-alert-areas',
  name: 'HFC alert areas with centroids (eladnava/pikud-haoref-api cities.json)',
  licence: 'Apache-2.0',
  attribution: 'eladnava/pikud-haoref-api (area polygons credited to the Tzofar app)',
  notes: [
    'The current (2025/26) area list: areas renamed, merged or split since 2023–24 are matched by rule or alias; names that match nothing are counted as unmatched-area.',
    'Centroids are app area centroids, good at km scale.',
  ],
};

/** MoPH casualties, IOM DTM displacement and IDMC figures via the Hub. */
export const MOPH_DTM_META: SourceMeta = {
  id: 'moph-dtm',
  name: 'Lebanon MoPH casualties, IOM DTM displacement (as quoted by OCHA) and IDMC yearly figures (via the Free Lebanon Data Hub)',
  licence:
    'Facts from MoPH/OCHA/IOM (no licence stated; IOM restricts redistribution of the DTM dataset itself); IDMC CC BY-IGO; Hub compilation CC BY-SA 4.0',
  attribution:
    'Lebanese Ministry of Public Health and IOM DTM via OCHA Lebanon Flash Updates; IDMC GIDD; compiled by sboghossian/free-lebanon-data-hub',
  notes: [
    'Irregular, roughly weekly points following OCHA publication dates, not a daily series.',
    'The DTM displacement series changes definition on 25 September 2024 (marked as a break).',
  ],
};

/** 360info's ACLED-derived daily killed in Lebanon. */
export const CASUALTIES_360INFO_META: SourceMeta = {
  id: 'casualties-360info',
  name: '360info daily cumulative killed in Lebanon (ACLED-derived)',
  licence: 'CC BY 4.0',
  attribution: '360info (James Goldie), report-gaza-1year, from ACLED data',
  notes: ['ACLED-derived, not the Lebanese MoPH count; only the Lebanon column is used.'],
};

/** Lobby 1701's daily tally of Hezbollah attacks. */
export const LOBBY1701_META: SourceMeta = {
  id: 'lobby1701',
  name: 'Lobby 1701 daily tally of Hezbollah attacks, January–March 2024 (via yuval-harpaz/alarms)',
  licence: 'None stated',
  attribution: 'Lobby 1701, via github.com/yuval-harpaz/alarms',
  notes: ["An advocacy group's tally with an undocumented counting method; three months only."],
};

/** The approximate Blue Line, the Litani and the DCW outline. */
export const GEOGRAPHY_META: SourceMeta = {
  id: 'geography-dcw-gshhg',
  name: 'Approximate Blue Line, Litani, Qaraoun reservoir and DCW Lebanon (GMT data packages: DCW-GMT 2.1.1, GSHHG/WDBII 2.3.7)',
  licence: 'LGPL-3+ (GMT data); WDBII is US-government public domain',
  attribution: 'DCW-GMT (Paul Wessel) and GSHHG/WDBII (Wessel and Smith), via Debian GMT packages',
  notes: [
    'The Blue Line is an approximation: the southern edge of the DCW Lebanon polygon from Ras Naqoura to Mount Hermon (68 points). No official Blue Line geometry is published as open data; expect errors of up to about 1 km.',
    'No UNSCR 1701 zone polygon exists as open data; the snapshot builds one by a stated rule (see the geography object).',
  ],
};

/** Natural Earth country outlines via world-atlas. */
export const WORLD_ATLAS_META: SourceMeta = {
  id: 'world-atlas',
  name: 'Natural Earth 1:10m admin-0 countries (npm world-atlas)',
  licence: 'ISC (package); Natural Earth data are public domain',
  attribution: 'Natural Earth, via world-atlas (Mike Bostock)',
  notes: [
    'Natural Earth takes a de facto view: the Golan Heights, with Majdal Shams, Ghajar and the Shebaa Farms area, lie inside its "Israel" polygon. The country outlines are context only; distances use the DCW line.',
    'Cyprus is drawn as one island: Natural Earth’s "Cyprus", "N. Cyprus" and UN buffer zone merged under the Republic’s name and code.',
  ],
};

/** GeoNames places. */
export const GEONAMES_META: SourceMeta = {
  id: 'geonames',
  name: 'GeoNames cities500, Levant extract',
  licence: 'CC BY 4.0',
  attribution: 'GeoNames (geonames.org)',
  notes: [
    'Sparse for Lebanon; border villages take their coordinates from ACLED locations (means).',
  ],
};
