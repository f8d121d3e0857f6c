// Which days a page proves it has shown in full. Rapport claims a meeting gap only inside days it has seen, so a day
// only counts when every event on it was on the page:
// - grid views (day, week, custom, month): every day cell (data-datekey), except a cell whose heading counts more
//   events than the page shows for that day (a month cell's "+2 more" hides the rest until clicked);
// - the schedule view lists only days that have events, so a day missing from the list had none: the whole range
//   from the first to the last listed day was seen. Days before the first and after the last are not claimed (the
//   list may start earlier, and it loads later days as the user scrolls).
import {addDays, dayNumber, dayString} from '../../../cadence/dates.ts';
import {mergeCoverage} from '../../../cadence/coverage.ts';
import type {Coverage, Day} from '../../../cadence/types.ts';

/** How many events a day cell's heading announces: "6 events, Monday, November 23", a number, a word, a comma.
 * Strict on purpose: a date heading such as "11月 23日 月曜日" must not read as eleven events. Other languages' count
 * forms are not documented; a heading that does not fit announces nothing and the cell counts as complete. */
export function headingCount(text: string | null | undefined): number | undefined {
  const count = /^\s*(\d+)\s+[^\d\s,、]+\s*[,、]/.exec(text ?? '')?.[1];
  return count === undefined ? undefined : Number(count);
}

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
  announced: Map<Day, number>;
  shown: ShownByDay;
};

export function pageCoverage(page: PageDays): {coverage: Coverage; incomplete: Day[]} {
  const seen = new Set<Day>(page.cells);
  if (page.listed.length > 0) {
    const sorted = [...page.listed].sort();
    for (let day = sorted[0]!; day <= sorted[sorted.length - 1]!; day = addDays(day, 1)) seen.add(day);
  }
  const incomplete: Day[] = [];
  for (const [day, count] of page.announced) {
    if (seen.has(day) && count > page.shown.count(day)) {
      seen.delete(day);
      incomplete.push(day);
    }
  }
  return {coverage: mergeCoverage([...seen].map((day) => ({from: day, to: day}))), incomplete: incomplete.sort()};
}
