// Coverage: which days Rapport has seen. Rapport only states a gap inside days it has seen; everything else is
// "unknown", and the first and last unseen day of the window tell the user what to open or import.
import {dayNumber, dayString} from './dates.ts';
import type {Coverage, Day, DayRange} from './types.ts';

type Span = [from: number, to: number];

function toSpans(coverage: Coverage): Span[] {
  const spans = coverage
    .map((r): Span => [dayNumber(r.from), dayNumber(r.to)])
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && a <= b)
    .sort((x, y) => x[0] - y[0]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1] + 1) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** Sorted, overlapping and adjacent ranges joined. */
export function mergeCoverage(...coverages: Coverage[]): Coverage {
  return toSpans(coverages.flat()).map(([a, b]) => ({from: dayString(a), to: dayString(b)}));
}

/** Ranges from a set of single days (the day cells a page showed). */
export function coverageFromDays(days: Iterable<Day>): Coverage {
  return mergeCoverage([...days].map((day) => ({from: day, to: day})));
}

/** Every day in the ranges, for stores that keep one row per day seen (capped: a range is never a decade). */
export function coverageDays(coverage: Coverage, max = 3660): Day[] {
  const days: Day[] = [];
  for (const [a, b] of toSpans(coverage)) for (let d = a; d <= b && days.length < max; d++) days.push(dayString(d));
  return days;
}

/** A compiled coverage for repeated questions over day numbers. */
export class CoverageIndex {
  private readonly spans: Span[];
  constructor(coverage: Coverage) {
    this.spans = toSpans(coverage);
  }

  /** The smallest range holding every unseen day in [from, to] (day numbers), or undefined when all were seen. */
  unseen(from: number, to: number): DayRange | undefined {
    let first: number | undefined;
    let last: number | undefined;
    let cursor = from;
    for (const [a, b] of this.spans) {
      if (b < cursor) continue;
      if (a > to) break;
      if (a > cursor) {
        first ??= cursor;
        last = a - 1;
      }
      cursor = b + 1;
      if (cursor > to) break;
    }
    if (cursor <= to) {
      first ??= cursor;
      last = to;
    }
    return first === undefined || last === undefined ? undefined : {from: dayString(first), to: dayString(last)};
  }

  covers(from: number, to: number): boolean {
    return this.unseen(from, to) === undefined;
  }
}
