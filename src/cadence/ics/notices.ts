// What an import skipped or read with a fallback, with a reason code the options page says in the user's language
// and an English line for the command line and the diagnostics log.

export const SKIP_REASONS = ['bad-value', 'no-start', 'bad-rule', 'impossible-rule', 'series-capped', 'file-capped', 'time-budget', 'unreadable'] as const;
/** Why an event (or some of its occurrences) was not imported. */
export type SkipReason = (typeof SKIP_REASONS)[number];

export class Notices {
  readonly warnings: string[] = [];
  readonly skipped: Partial<Record<SkipReason, number>> = {};
  private readonly seen = new Set<string>();

  /** An event, or part of one, not imported. */
  skip(reason: SkipReason, message: string): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
    this.warn(message);
  }

  /** Read with a fallback; said once per distinct message (a zone used by 500 events is one warning). */
  warn(message: string): void {
    if (this.seen.has(message)) return;
    this.seen.add(message);
    if (this.warnings.length < 500) this.warnings.push(message);
  }
}
