// Which days a page proves it has shown in full. Rapport claims a meeting gap only inside days it has seen, so a day
// only counts when every event on it was on the page:
// - grid views (day, week, custom, month): every day cell (data-datekey), except a day the page says it hides events
//   of (read/hidden.ts: a heading counting more events than the page shows for that day, a count that cannot be
//   read, a "+2 more" control, a collapsed all-day row);
// - the schedule view lists only days that have events, so a day missing from the list had none: the whole range
//   from the first to the last listed day was seen. Days before the first and after the last are not claimed (the
//   list may start earlier, and it loads later days as the user scrolls).
import {addDays, dayNumber, dayString} from '../../../cadence/dates.ts';
import {mergeCoverage} from '../../../cadence/coverage.ts';
import type {Coverage, Day} from '../../../cadence/types.ts';

/** Distinct chips (tasks and birthdays included: headings count them) per day they appear on. */
export class ShownByDay {
  private readonly days = new Map<Day, Set<string>>();

  add(key: string, from: Day, to: Day = from): void {
    if (from === to) return this.addOn(from, key); // nearly every chip: no date arithmetic
    for (let n = dayNumber(from), last = Math.min(dayNumber(to), n + 366); n <= last; n++) this.addOn(dayString(n), key);
  }

  private addOn(day: Day, key: string): void {
    let keys = this.days.get(day);
    if (!keys) this.days.set(day, (keys = new Set()));
    keys.add(key);
  }

  count(day: Day): number {
    return this.days.get(day)?.size ?? 0;
  }
}

export type PageDays = {
  /** Days of the grid's data-datekey cells. */
  cells: Iterable<Day>;
  /** Days that list rows (outside any cell) were shown under, when that can be told. */
  listed: Day[];
  /** Announced counts by day, from the cells' headings (the largest when a day has several). */
  announced: ReadonlyMap<Day, number>;
  shown: ShownByDay;
  /** Days the page says it hides events of, with the reason (read/hidden.ts). */
  hidden?: ReadonlyMap<Day, string>;
};

export type PageCoverage = {
  coverage: Coverage;
  /** Days on the page but not claimed, sorted, and why, in the same order (for diagnostics). */
  incomplete: Day[];
  reasons: string[];
};

export function pageCoverage(page: PageDays): PageCoverage {
  const seen = new Set<Day>(page.cells);
  if (page.listed.length > 0) {
    const sorted = [...page.listed].sort();
    for (let day = sorted[0]!; day <= sorted[sorted.length - 1]!; day = addDays(day, 1)) seen.add(day);
  }
  const unseen = new Map<Day, string>();
  for (const [day, count] of page.announced) {
    const shown = page.shown.count(day);
    if (seen.has(day) && count > shown) unseen.set(day, `${day}: ${count} events announced, ${shown} on the page`);
  }
  for (const [day, reason] of page.hidden ?? []) if (seen.has(day) && !unseen.has(day)) unseen.set(day, reason);
  for (const day of unseen.keys()) seen.delete(day);
  const incomplete = [...unseen.keys()].sort();
  return {coverage: mergeCoverage([...seen].map((day) => ({from: day, to: day}))), incomplete, reasons: incomplete.map((day) => unseen.get(day)!)};
}
