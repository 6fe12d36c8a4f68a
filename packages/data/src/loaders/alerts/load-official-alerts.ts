import { isIsoDate, STUDY_PERIOD, type SourceFile } from '@blueline/core';
import { z } from 'zod';
import { readCsvFile } from '../csv/read-records.js';
import type { AlertAreaIndex } from './alert-areas.js';
import { AlertRecordCollector, type AlertRecordsLoad } from './alert-record-collector.js';
import { splitAreaList } from './area-names.js';
import { categoryOfOfficial } from './categories.js';

/** Columns of the official HFC history (dleshem/israel-alerts-data) the loader requires. */
export const OFFICIAL_ALERT_COLUMNS = ['data', 'date', 'time', 'category'] as const;

/** One row of the official history, strings in. */
const OfficialRowSchema = z.object({
  data: z.string().trim().min(1, 'is empty'),
  date: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}\.\d{4}$/, 'is not DD.MM.YYYY')
    .transform((value) => `${value.slice(6, 10)}-${value.slice(3, 5)}-${value.slice(0, 2)}`)
    .refine(isIsoDate, 'is not a calendar date'),
  time: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'is not HH:MM:SS'),
  category: z.string().trim().regex(/^\d+$/, 'is not a category number').transform(Number),
});

/**
 * Loads the official Home Front Command alert history: one row per alert, `data` naming one or
 * more areas in Hebrew. Alert times are Israel local time, truncated to the minute (the `time`
 * column has seconds; `alertDate` is rounded, and would move 23:59:40 into the next day).
 * Areas are matched against the area list, splitting multi-area rows greedily.
 * @throws {InputError} when the file is missing, unreadable or lacks a required column.
 */
export async function loadOfficialAlerts(
  files: readonly string[],
  areas: AlertAreaIndex,
  period: { readonly from: string; readonly to: string } = STUDY_PERIOD,
): Promise<AlertRecordsLoad> {
  const collector = new AlertRecordCollector('hfc-official', period);
  const sources: SourceFile[] = [];
  for (const file of files) {
    const csv = await readCsvFile(file, { required: OFFICIAL_ALERT_COLUMNS });
    sources.push(csv.source);
    for (const record of csv.records) {
      collector.row();
      const names = splitAreaList(record.values.data, (name) => areas.knowsHebrew(name));
      const mentions = Math.max(1, names.length);
      if (!record.complete) {
        collector.invalid(
          file,
          record.line,
          'record',
          'has fewer fields than the header',
          mentions,
        );
        continue;
      }
      const parsed = OfficialRowSchema.safeParse(record.values);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.map(String).join('.') ?? 'record';
        collector.invalid(file, record.line, field, issue?.message ?? 'is invalid', mentions);
        continue;
      }
      const row = parsed.data;
      const time = `${row.date}T${row.time.slice(0, 5)}`;
      const category = categoryOfOfficial(row.category);
      for (const name of names) {
        collector.mention(file, record.line, time, name, areas.byHebrew(name), category);
      }
    }
  }
  return collector.result(sources);
}
