import { InvalidArgumentError } from '../errors.js';
import type { PhaseSummary, SeriesSource } from '../schemas/aggregates.js';
import type { Phase } from '../schemas/phase.js';
import type { Belligerent } from '../schemas/side.js';
import { addDays, daysBetween } from '../time/dates.js';
import { depthStats } from '../stats/summary.js';
import type { DatedDistance } from './weekly.js';

/**
 * Checks that phases are in order, contiguous (each starts the day after the previous ends) and
 * non-overlapping.
 * @throws {InvalidArgumentError} naming the first offending phase.
 */
export function assertContiguousPhases(phases: readonly Phase[]): void {
  phases.forEach((phase, index) => {
    if (phase.end < phase.start)
      throw new InvalidArgumentError(`phases.${index}`, `${phase.id} ends before it starts`);
    const previous = phases[index - 1];
    if (previous !== undefined && phase.start !== addDays(previous.end, 1)) {
      throw new InvalidArgumentError(
        `phases.${index}`,
        `${phase.id} starts ${phase.start}, not the day after ${previous.id} ends (${previous.end})`,
      );
    }
  });
}

/** The phase containing `date`, or `undefined` outside all phases. */
export function phaseOf<P extends Pick<Phase, 'start' | 'end'>>(
  date: string,
  phases: readonly P[],
): P | undefined {
  return phases.find((phase) => phase.start <= date && date <= phase.end);
}

/** Which series a phase summary describes, and the dates the source covers. */
export interface PhaseSummaryOptions {
  /** The side the events belong to (copied into each summary). */
  readonly side: Belligerent;
  /** The source the events come from (copied into each summary). */
  readonly source: SeriesSource;
  /** First and last day the source has data for; phase days outside it do not count as weeks. */
  readonly coverage: { readonly from: string; readonly to: string };
}

/**
 * Totals, weekly mean and depth statistics of one series in each phase. Phases are measured in
 * days, not calendar weeks (the Gaza truce lasted a week that began on a Friday), and only the
 * days the source covers count: a phase the source does not reach gets `weeks: 0` and a `null`
 * mean rather than a misleading zero.
 */
export function summarisePhases(
  events: readonly DatedDistance[],
  phases: readonly Phase[],
  options: PhaseSummaryOptions,
): PhaseSummary[] {
  assertContiguousPhases(phases);
  return phases.map((phase) => {
    const from = phase.start > options.coverage.from ? phase.start : options.coverage.from;
    const to = phase.end < options.coverage.to ? phase.end : options.coverage.to;
    const days = to >= from ? daysBetween(from, to) + 1 : 0;
    const inPhase = events.filter((event) => event.date >= phase.start && event.date <= phase.end);
    const distances = inPhase.flatMap((event) =>
      event.distanceKm === null ? [] : [event.distanceKm],
    );
    const weeks = days / 7;
    return {
      phaseId: phase.id,
      side: options.side,
      source: options.source,
      days,
      weeks: Math.ceil(weeks),
      total: inPhase.length,
      weeklyMean: days === 0 ? null : inPhase.length / weeks,
      depth: depthStats(distances),
    };
  });
}
