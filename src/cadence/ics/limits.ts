// Bounds on what one file may cost, so a hostile or careless file (twenty FREQ=MINUTELY series, a rule that never
// matches, a SECONDLY series from 1970 with COUNT=10^9) ends in a warning instead of a hung or flooded worker.
// Real calendars stay far below: a daily meeting over the import's 15 months is about 460 occurrences, a busy
// executive's year about 5,000 events.
export type IcsLimits = {
  /** Occurrences of one series inside the window. */
  perSeries: number;
  /** Occurrences of the whole file inside the window. */
  perFile: number;
  /** Recurrence periods one series may walk (COUNT rules are walked from their start). */
  periodsPerSeries: number;
  /** Wall time for the whole expansion, in ms. */
  timeBudgetMs: number;
};

export const DEFAULT_LIMITS: IcsLimits = {perSeries: 10_000, perFile: 100_000, periodsPerSeries: 500_000, timeBudgetMs: 20_000};
