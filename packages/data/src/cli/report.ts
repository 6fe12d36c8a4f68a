import type { SnapshotFile } from '@blueline/core';
import type { BuildReport } from '../pipeline/compose-snapshot.js';

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The rows of every source: read, kept, and rejected by reason. */
export function formatRows(report: BuildReport): string {
  return report.sources
    .map((source) => {
      const reasons = Object.entries(source.rows.rejected)
        .map(([reason, count]) => `    ${reason}: ${count}`)
        .join('\n');
      const rejected = source.rows.read - source.rows.kept;
      return `${source.id}: read ${source.rows.read}, kept ${source.rows.kept}, rejected ${rejected}${reasons === '' ? '' : `\n${reasons}`}`;
    })
    .join('\n');
}

/** The CSIS comparison as a table. */
export function formatCsis(report: BuildReport): string {
  const tolerance = (row: BuildReport['csis'][number]): string => {
    const t = row.tolerance;
    if (t.kind === 'exceeds') return 'must exceed';
    return t.kind === 'relative' ? `±${String(t.value * 100)}%` : `±${String(t.value)} ${row.unit}`;
  };
  return table([
    ['figure', 'CSIS', 'reproduced', 'tolerance', 'pass'],
    ...report.csis.map((row) => [
      row.id,
      `${row.csis.qualifier === 'more_than' ? '>' : '~'}${String(row.csis.value)}`,
      String(row.reproduced.value),
      tolerance(row),
      row.withinTolerance ? 'yes' : 'NO',
    ]),
  ]);
}

/** The alert merge's overlap check. */
export function formatOverlap(report: BuildReport): string {
  if (report.overlap.length === 0) return '(no overlap: only one alert history)';
  return table([
    ['month', 'official', 'Cumta', 'difference'],
    ...report.overlap.map((row) => [
      row.month,
      String(row.official),
      String(row.cumta),
      row.differencePercent === null ? 'n/a' : `${row.differencePercent.toFixed(1)}%`,
    ]),
  ]);
}

/**
 * The completeness notes: which weeks are lower bounds and why. A stale manifest (the file's
 * SHA-256 no longer matches the statement) is printed as a WARNING, first, so it is not missed.
 */
export function formatCompleteness(report: BuildReport): string {
  if (report.completenessNotes.length === 0) return '(no completeness notes: every week complete)';
  return report.completenessNotes
    .map((note) =>
      note.basis === 'stale-manifest'
        ? `WARNING: stale completeness manifest (${note.id}): weeks ${note.fromWeek} – ${note.toWeek} of ${note.series.join(', ')} flagged lower-bound by default. ${note.text}`
        : `${note.id}: weeks ${note.fromWeek} – ${note.toWeek} of ${note.series.join(', ')} are lower bounds (manifest matches the file).`,
    )
    .join('\n');
}

/** The agreement lenses, one line each. */
export function formatLenses(report: BuildReport): string {
  return report.lenses
    .map(
      (lens) =>
        `${lens.id} ${lens.from} – ${lens.to}: weekly counts r = ${String(lens.countCorrelation)}, mean depth r = ${String(lens.meanDepthCorrelation)}`,
    )
    .join('\n');
}

/** The whole build summary. */
export function formatSummary(
  report: BuildReport,
  sizes?: ReadonlyMap<SnapshotFile, number>,
): string {
  const issues = Object.entries(report.issues)
    .filter(([, lines]) => lines.length > 0)
    .map(
      ([source, lines]) =>
        `${source}:\n${lines
          .slice(0, 5)
          .map((line) => `  ${line}`)
          .join('\n')}`,
    )
    .join('\n');
  const a = report.agreement;
  const stale = report.completenessNotes.some((note) => note.basis === 'stale-manifest');
  return [
    ...(stale ? [formatCompleteness(report), ''] : []),
    'Rows per source',
    formatRows(report),
    '',
    'CSIS comparison (Byman, Jones and Palmer, CSIS, 4 October 2024)',
    formatCsis(report),
    '',
    'Alert histories, northern records per month where both cover the dates',
    formatOverlap(report),
    '',
    `ACLED–UCDP agreement ${a.from} – ${a.to}: weekly deaths r = ${String(a.deathsCorrelation)}, fatal events r = ${String(a.fatalEventsCorrelation)}; ACLED fatalities ${a.acledFatalities}, UCDP deaths ${a.ucdpDeaths}`,
    ...(report.lenses.length === 0 ? [] : ['', 'Agreement lenses', formatLenses(report)]),
    '',
    'Per-week completeness',
    formatCompleteness(report),
    ...(sizes === undefined
      ? []
      : [
          '',
          'Snapshot files',
          ...[...sizes].map(([file, bytes]) => `  ${file}: ${(bytes / 1024).toFixed(1)} KB`),
        ]),
    ...(issues === '' ? [] : ['', 'First row problems per source', issues]),
  ].join('\n');
}
