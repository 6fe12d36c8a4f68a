import { formatProblems, InputError } from '@blueline/core';

/** How many row problems a loader keeps word for word; the rest are only counted. */
export const ISSUE_LIMIT = 50;

/**
 * The first problems a loader met, each as one `file:line: field: message` line, so a summary
 * can show what was wrong without holding a message for every one of a million bad rows.
 */
export class IssueLog {
  private readonly kept: string[] = [];
  private total = 0;

  add(file: string, line: number, field: string, message: string): void {
    this.total++;
    if (this.kept.length < ISSUE_LIMIT) {
      this.kept.push(formatProblems([{ field, message }], { file, line }));
    }
  }

  /** Counts problems found but not given word for word (a part's problems past its limit). */
  skip(count: number): void {
    this.total += count;
  }

  /** The kept lines, plus a last line saying how many more there were. */
  lines(): string[] {
    const more = this.total - this.kept.length;
    return more > 0 ? [...this.kept, `… and ${more} more`] : [...this.kept];
  }

  /** Stops the build on a file-level problem. */
  fail(file: string, message: string, line = 1): never {
    throw new InputError([{ field: '', message }], { file, line });
  }
}
