/**
 * Every number printed in the story equals the snapshot's. Each fact is recomputed here straight
 * from the snapshot files, independently of `deriveFacts`, and compared with the printed text.
 */
import { describe, expect, it } from 'vitest';
import { FACT_KEYS, KEY_FIGURE_IDS, type FactKey } from '$lib/facts/keys';
import { formatKeyFigure } from '$lib/format/key-figure';
import {
  formatCorrelation,
  formatCount,
  formatDayMonth,
  formatKm,
  formatLongDate,
  formatRatio,
  formatShare,
} from '$lib/format/numbers';
import { resolveParts } from '$lib/copy/template';
import { allTemplates } from './story-text';
import { pageData, snapshot } from './fixtures';

const printed = pageData.copy;

function weekCount(week: string, side: string, source: string): number {
  const row = snapshot.weekly.find(
    (one) => one.weekStart === week && one.side === side && one.source === source,
  );
  if (row === undefined) throw new Error(`no ${side}/${source} row for ${week}`);
  return row.count;
}

function meanOverWeeks(side: string, source: string, from: string, to: string): number {
  const rows = snapshot.weekly.filter(
    (row) =>
      row.side === side && row.source === source && row.weekStart >= from && row.weekStart <= to,
  );
  return rows.reduce((sum, row) => sum + row.count, 0) / rows.length;
}

function csisRow(id: string) {
  const row = snapshot.csis.comparisons.find((one) => one.id === id);
  if (row === undefined) throw new Error(`no CSIS row ${id}`);
  return row;
}

function shareFromFineBins(
  side: string,
  source: string,
  periodId: string,
  fromKm: number,
  toKm: number | null,
): number {
  const histogram = snapshot.histograms.find(
    (one) => one.side === side && one.source === source && one.period.id === periodId,
  );
  if (histogram === undefined) throw new Error(`no histogram ${side}/${source}/${periodId}`);
  const inRange = histogram.bins
    .filter((bin) => bin.fromKm >= fromKm && (toKm === null || bin.fromKm < toKm))
    .reduce((sum, bin) => sum + bin.count, 0);
  return inRange / histogram.total;
}

function lastPointOnOrBefore(id: string, date: string) {
  const series = snapshot.series.find((one) => one.id === id);
  const points = (series?.points ?? []).filter((point) => point.date <= date);
  const last = points.sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
  if (last === undefined) throw new Error(`no ${id} point before ${date}`);
  return last;
}

function phase(phaseId: string) {
  const summary = snapshot.phases.summaries.find(
    (one) => one.phaseId === phaseId && one.side === 'israel' && one.source === 'acled',
  );
  if (summary === undefined) throw new Error(`no phase ${phaseId}`);
  return summary;
}

/** The latest coverage end among a source's feeds (the alerts come from two). */
const coverage = (prefix: string): string => {
  const ends = snapshot.provenance.sources
    .filter((source) => source.id.startsWith(prefix))
    .map((source) => source.coverage?.to ?? '')
    .sort();
  const to = ends.at(-1);
  if (to === undefined || to === '') throw new Error(`no coverage for ${prefix}`);
  return to;
};

const hezbollahWeeks = snapshot.weekly.filter(
  (row) => row.side === 'hezbollah' && row.source === 'acled' && row.weekStart <= '2024-11-27',
);
const peak = hezbollahWeeks.reduce((best, row) => (row.count > best.count ? row : best));
const totalTo = (source: string): number =>
  snapshot.weekly
    .filter(
      (row) => row.side === 'hezbollah' && row.source === source && row.weekStart <= '2024-11-27',
    )
    .reduce((sum, row) => sum + row.count, 0);
// The casualties graphics label the last report up to the end of their highlighted (or shown) weeks.
const killedBeforeSeptember = lastPointOnOrBefore('moph-killed-cumulative', '2024-08-31');
const killedAtCeasefire = lastPointOnOrBefore('moph-killed-cumulative', '2024-11-30');
const tollDisplaced = lastPointOnOrBefore('dtm-displaced-cumulative', '2024-10-12');
const displaced = snapshot.series.find((one) => one.id === 'dtm-displaced-cumulative');
const iomPeak = (displaced?.points ?? []).reduce((best, point) =>
  point.value > best.value ? point : best,
);
const baselineWeeks = snapshot.weekly.filter(
  (row) =>
    row.side === 'israel' &&
    row.source === 'acled' &&
    row.weekStart >= '2023-10-08' &&
    row.weekStart <= '2024-08-31',
);
const seamDay = (id: string): string =>
  snapshot.provenance.seams.find((one) => one.id === id)?.firstDayOfLater ?? '';
const israelFrom =
  snapshot.provenance.sources.find((one) => one.id === 'acled-israel')?.coverage?.from ?? '';
const firstIncomplete =
  snapshot.weekly.find(
    (row) => row.side === 'israel' && row.source === 'acled' && row.completeness === 'lower-bound',
  )?.weekStart ?? '';
const lensCorrelation = (id: string): number =>
  snapshot.agreement.lenses.find((one) => one.id === id)?.countCorrelation ?? NaN;
function weekDepth(week: string, side: string, source: string): number {
  const row = snapshot.weekly.find(
    (one) => one.weekStart === week && one.side === side && one.source === source,
  );
  return row?.meanDistanceKm ?? NaN;
}
/** The ground-clash map layer's rows over the ground war's weeks. */
function clashRows() {
  return snapshot.hexCells.weeks.filter(
    (row) =>
      row.source === 'acled-clashes' &&
      row.weekStart >= '2024-09-29' &&
      row.weekStart <= '2024-11-24',
  );
}

function phaseOf(phaseId: string, side: string) {
  const summary = snapshot.phases.summaries.find(
    (one) => one.phaseId === phaseId && one.side === side && one.source === 'acled',
  );
  if (summary === undefined) throw new Error(`no phase ${phaseId}`);
  return summary;
}

/** What each fact must print as, recomputed from the snapshot files. */
const EXPECTED: Readonly<Record<FactKey, string>> = {
  acledEnd: formatLongDate(coverage('acled')),
  ucdpEnd: formatLongDate(coverage('ucdp')),
  alertsEnd: formatLongDate(coverage('hfc-alerts')),
  officialAlertsEnd: formatLongDate(coverage('hfc-alerts-official')),
  alertsRelayFrom: formatLongDate(
    snapshot.provenance.sources.find((source) => source.id === 'hfc-alerts-cumta')?.coverage
      ?.from ?? '',
  ),
  dataAsOf: formatLongDate(coverage('')),
  acledIsraelStart: formatLongDate(israelFrom),
  acledSeamDay: formatLongDate(seamDay('acled-lebanon-versions')),
  alertsSeamDay: formatLongDate(seamDay('hfc-alerts-sources')),
  incompleteFrom: formatLongDate(firstIncomplete),
  // 8 October – 24 December 2023: the weeks before the first (partial) week of ACLED's Israel file.
  alertsOnlyWeeks: '12',
  firstWeekStrikes: formatCount(weekCount('2023-10-08', 'israel', 'acled')),
  firstWeekAlerts: formatCount(weekCount('2023-10-08', 'hezbollah', 'alerts')),
  baselineWeeks: formatCount(baselineWeeks.length),
  baselineStrikesWeekly: formatCount(meanOverWeeks('israel', 'acled', '2023-10-08', '2024-08-31')),
  baselineHezbollahWeekly: formatCount(
    meanOverWeeks('hezbollah', 'acled', '2024-01-07', '2024-08-31'),
  ),
  alertsOnlyWeekly: formatCount(meanOverWeeks('hezbollah', 'alerts', '2023-10-08', '2023-12-30')),
  hezbollahAlertsCorrelation: formatCorrelation(lensCorrelation('acled-hezbollah-vs-alerts')),
  lateClaimShare: formatShare(1 - totalTo('acled-excl-late-claims') / totalTo('acled')),
  hezbollahTotal: formatCount(totalTo('acled')),
  hezbollahTotalExclLateClaims: formatCount(totalTo('acled-excl-late-claims')),
  supportFrontStrikesWeekly: formatCount(phase('support-front').weeklyMean ?? NaN),
  truceDays: formatCount(phase('gaza-truce').days),
  truceStrikes: formatCount(phase('gaza-truce').total),
  nearKm: '5',
  farKm: '20',
  beforeShareNear: formatShare(shareFromFineBins('israel', 'acled', 'before-september', 0, 5)),
  beforeShareFar: formatShare(shareFromFineBins('israel', 'acled', 'before-september', 20, null)),
  beforeHezbollahShareNear: formatShare(
    shareFromFineBins('hezbollah', 'acled', 'before-september', 0, 5),
  ),
  baselineDepthIsrael: formatKm(csisRow('israeli-depth-before-september').reproduced.value),
  baselineDepthHezbollah: formatKm(csisRow('hezbollah-depth-before-aug-18').reproduced.value),
  mophKilledBeforeSeptember: formatCount(killedBeforeSeptember.value),
  mophKilledBeforeSeptemberDate: formatLongDate(killedBeforeSeptember.date),
  juneStrikesWeekly: formatCount(meanOverWeeks('israel', 'acled', '2024-06-02', '2024-06-23')),
  juneHezbollahWeekly: formatCount(meanOverWeeks('hezbollah', 'acled', '2024-06-02', '2024-06-23')),
  august25Strikes: formatCount(weekCount('2024-08-25', 'israel', 'acled')),
  august25Hezbollah: formatCount(weekCount('2024-08-25', 'hezbollah', 'acled')),
  august25Alerts: formatCount(weekCount('2024-08-25', 'hezbollah', 'alerts')),
  earlySeptemberDepthIsrael: formatKm(csisRow('israeli-depth-september-1-21').reproduced.value),
  earlySeptemberDepthIsraelNoBlasts: formatKm(
    csisRow('israeli-depth-september-1-21-without-pager-radio').reproduced.value,
  ),
  csisEarlySeptemberDepthIsrael: formatKeyFigure(csisRow('israeli-depth-september-1-21').csis),
  september15DepthIsrael: formatKm(weekDepth('2024-09-15', 'israel', 'acled')),
  september15DepthHezbollah: formatKm(weekDepth('2024-09-15', 'hezbollah', 'acled')),
  lateAugustDepthHezbollah: formatKm(
    csisRow('hezbollah-depth-aug-18-early-september').reproduced.value,
  ),
  september15Strikes: formatCount(weekCount('2024-09-15', 'israel', 'acled')),
  september22Strikes: formatCount(weekCount('2024-09-22', 'israel', 'acled')),
  jumpRatio: formatRatio(csisRow('incidents-ratio-week-of-sep-22').reproduced.value),
  september22DepthIsrael: formatKm(weekDepth('2024-09-22', 'israel', 'acled')),
  september22DepthHezbollah: formatKm(weekDepth('2024-09-22', 'hezbollah', 'acled')),
  september22DepthHezbollahExclLateClaims: formatKm(
    weekDepth('2024-09-22', 'hezbollah', 'acled-excl-late-claims'),
  ),
  fromSeptemberShareNear: formatShare(shareFromFineBins('israel', 'acled', 'from-september', 0, 5)),
  fromSeptemberShareFar: formatShare(
    shareFromFineBins('israel', 'acled', 'from-september', 20, null),
  ),
  fromSeptemberHezbollahShareNear: formatShare(
    shareFromFineBins('hezbollah', 'acled', 'from-september', 0, 5),
  ),
  groundWarStrikes: formatCount(phaseOf('ground-war', 'israel').total),
  // 29 Sep – 24 Nov 2024 (the invasion step's map window), recounted from hex-cells.json.
  groundWarClashes: formatCount(clashRows().reduce((sum, row) => sum + row.count, 0)),
  groundWarClashCells: formatCount(new Set(clashRows().map((row) => row.cell)).size),
  groundWarStrikesWeekly: formatCount(phaseOf('ground-war', 'israel').weeklyMean ?? NaN),
  laterAcledUcdpCorrelation: formatCorrelation(lensCorrelation('acled-later-version-vs-ucdp')),
  groundWarUcdpShareNear: formatShare(shareFromFineBins('israel', 'ucdp', 'ground-war', 0, 5)),
  groundWarDepthHezbollah: formatKm(phaseOf('ground-war', 'hezbollah').depth.meanKm ?? NaN),
  peakHezbollahWeek: formatLongDate(peak.weekStart),
  peakHezbollah: formatCount(peak.count),
  iomBreakDate: formatLongDate(displaced?.breaks[0]?.date ?? ''),
  tollDisplaced: formatCount(tollDisplaced.value),
  tollDisplacedDate: formatLongDate(tollDisplaced.date),
  iomPeak: formatCount(iomPeak.value),
  iomPeakDate: formatLongDate(iomPeak.date),
  mophKilledAtCeasefire: formatCount(killedAtCeasefire.value),
  mophKilledAtCeasefireDate: formatLongDate(killedAtCeasefire.date),
  airWarStrikes: formatCount(
    ['2024-09-22', '2024-09-29', '2024-10-06'].reduce(
      (sum, week) => sum + weekCount(week, 'israel', 'acled'),
      0,
    ),
  ),
};

describe('numbers in the text equal the snapshot’s', () => {
  it.each(FACT_KEYS.map((key) => [key]))('%s', (key) => {
    expect(printed[key]).toBe(EXPECTED[key]);
  });

  it.each(KEY_FIGURE_IDS.map((id) => [id]))('key figure %s is printed with its qualifier', (id) => {
    const figure = snapshot.keyFigures.find((one) => one.id === id);
    expect(figure, `key-figures.json has ${id}`).toBeDefined();
    if (figure !== undefined) expect(printed[`kf:${id}`]).toBe(formatKeyFigure(figure));
  });

  it('event dates come from the timeline', () => {
    for (const [key, text] of Object.entries(printed)) {
      if (!key.startsWith('date:') && !key.startsWith('day:')) continue;
      const event = snapshot.timeline.find((one) => one.id === key.slice(key.indexOf(':') + 1));
      expect(event).toBeDefined();
      const date = event?.date ?? '';
      expect(text).toBe(key.startsWith('date:') ? formatLongDate(date) : formatDayMonth(date));
    }
  });

  it('the reproduced weekly average agrees with csis.json', () => {
    const reproduced = csisRow('israeli-strikes-weekly-baseline').reproduced.value;
    expect(printed.baselineStrikesWeekly).toBe(formatCount(reproduced));
  });
});

/** Digits allowed in hand-written copy: years, dates and the resolution's number. */
const ALLOWED_DIGITS = [
  /\b(19|20)\d\d\b/g,
  /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
  /\bResolution 1701\b|\b1701\b/g,
];

describe('no hand-typed figures', () => {
  it.each(allTemplates().map(({ where, template }) => [where, template]))(
    '%s has digits only in dates, years and “1701”',
    (_where, template) => {
      const handWritten = resolveParts(template, printed)
        .filter((part) => part.kind === 'text')
        .map((part) => part.text)
        .join(' ');
      let rest = handWritten;
      for (const pattern of ALLOWED_DIGITS) rest = rest.replace(pattern, '');
      expect(rest).not.toMatch(/\d/);
    },
  );
});
