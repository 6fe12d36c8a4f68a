import { isIsoDate, STUDY_PERIOD, type SourceFile } from '@blueline/core';
import { z } from 'zod';
import { readCsvFile } from '../csv/read-records.js';
import type { AlertAreaIndex } from './alert-areas.js';
import { AlertRecordCollector, type AlertRecordsLoad } from './alert-record-collector.js';
import { categoryOfCumta } from './categories.js';

/** Columns of the Cumta relay (VeraVol42/Red_Alerts_Israel `cumta_df.csv`) the loader requires. */
export const CUMTA_ALERT_COLUMNS = ['datetime', 'locality', 'threat_type'] as const;

/** One row of the Cumta relay, strings in. */
const CumtaRowSchema = z.object({
  datetime: z
    .string()
    .trim()
    .regex(
      /^\d{4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/,
      'is not YYYY-MM-DD HH:MM:SS',
    )
    .refine((value) => isIsoDate(value.slice(0, 10)), 'is not a calendar date'),
  locality: z.string().trim().min(1, 'is empty'),
  threat_type: z.string().trim().min(1, 'is empty'),
});

/**
 * Loads the Cumta relay of HFC alerts: one row per locality and minute, English names (city
 * zones already combined into one record per locality). Times are taken as Israel local time,
 * truncated to the minute.
 * @throws {InputError} when the file is missing, unreadable or lacks a required column.
 */
export async function loadCumtaAlerts(
  files: readonly string[],
  areas: AlertAreaIndex,
  period: { readonly from: string; readonly to: string } = STUDY_PERIOD,
): Promise<AlertRecordsLoad> {
  const collector = new AlertRecordCollector('cumta', period);
  const sources: SourceFile[] = [];
  for (const file of files) {
    const csv = await readCsvFile(file, { required: CUMTA_ALERT_COLUMNS });
    sources.push(csv.source);
    for (const record of csv.records) {
      collector.row();
      if (!record.complete) {
        collector.invalid(file, record.line, 'record', 'has fewer fields than the header');
        continue;
      }
      const parsed = CumtaRowSchema.safeParse(record.values);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.map(String).join('.') ?? 'record';
        collector.invalid(file, record.line, field, issue?.message ?? 'is invalid');
        continue;
      }
      const row = parsed.data;
      const time = `${row.datetime.slice(0, 10)}T${row.datetime.slice(11, 16)}`;
      collector.mention(
        file,
        record.line,
        time,
        row.locality,
        areas.byEnglish(row.locality),
        categoryOfCumta(row.threat_type),
      );
    }
  }
  return collector.result(sources);
}
