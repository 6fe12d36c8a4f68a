import {
  dateOfLocalTime,
  RowTally,
  type AlertCategory,
  type AlertRecord,
  type AlertSource,
  type RowCounts,
  type SourceFile,
} from '@blueline/core';
import { IssueLog } from '../issue-log.js';
import type { AlertArea } from './alert-areas.js';

/** The alert records of one history, with what happened to every area mention. */
export interface AlertRecordsLoad {
  readonly source: AlertSource;
  readonly records: AlertRecord[];
  /**
   * Counted per area mention, not per CSV row: an official row can list several areas, and
   * each becomes its own record or its own rejection.
   */
  readonly counts: RowCounts;
  readonly files: SourceFile[];
  /** CSV data rows in the file. */
  readonly rows: number;
  /** The latest valid alert time in the file, in or out of the period; `null` if none. */
  readonly lastTime: string | null;
  readonly issues: readonly string[];
}

/**
 * Turns area mentions into alert records for one history, and counts every mention once:
 * kept, or rejected as `unmatched-area`, `out-of-period`, `duplicate-record` (the same area,
 * minute and category already recorded) or `invalid:<field>`.
 */
export class AlertRecordCollector {
  private readonly tally = new RowTally();
  private readonly issues = new IssueLog();
  private readonly records: AlertRecord[] = [];
  private readonly seen = new Set<string>();
  private rows = 0;
  private lastTime: string | null = null;

  constructor(
    private readonly source: AlertSource,
    private readonly period: { readonly from: string; readonly to: string },
  ) {}

  /** Counts one CSV data row. */
  row(): void {
    this.rows++;
  }

  /** Rejects `mentions` area mentions of a row that failed validation. */
  invalid(file: string, line: number, field: string, message: string, mentions = 1): void {
    for (let i = 0; i < mentions; i++) {
      this.tally.readRow();
      this.tally.reject(`invalid:${field}`);
    }
    this.issues.add(file, line, field, message);
  }

  /** Records one area mention at a valid minute (`YYYY-MM-DDTHH:MM`). */
  mention(
    file: string,
    line: number,
    time: string,
    areaName: string,
    area: AlertArea | undefined,
    category: AlertCategory,
  ): void {
    this.tally.readRow();
    if (this.lastTime === null || time > this.lastTime) this.lastTime = time;
    const date = dateOfLocalTime(time);
    if (area === undefined) {
      this.tally.reject('unmatched-area');
      this.issues.add(file, line, 'area', `"${areaName}" matches no alert area`);
      return;
    }
    if (date < this.period.from || date > this.period.to) {
      this.tally.reject('out-of-period');
      return;
    }
    const key = `${time}|${String(area.id)}|${category}`;
    if (this.seen.has(key)) {
      this.tally.reject('duplicate-record');
      return;
    }
    this.seen.add(key);
    this.tally.keep();
    this.records.push({
      source: this.source,
      time,
      date,
      areaId: area.id,
      areaName,
      zone: area.zone,
      lat: area.lat,
      lon: area.lon,
      category,
    });
  }

  result(files: SourceFile[]): AlertRecordsLoad {
    return {
      source: this.source,
      records: this.records,
      counts: this.tally.counts(),
      files,
      rows: this.rows,
      lastTime: this.lastTime,
      issues: this.issues.lines(),
    };
  }
}
