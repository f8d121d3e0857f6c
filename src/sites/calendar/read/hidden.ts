// What the page says it is not showing. A day is only claimed as seen when all its events were on the page, so
// three signs are collected per day:
// - a heading's count ("6 events, Monday, November 23"), compared later with the chips found for that day; a count
//   stated in a form not known here makes the day unseen rather than seen;
// - a "2 more" control inside a day cell (month cells, and the week view's all-day row when it overflows);
// - a collapsed all-day row (research/dom-crosscheck.md: the week view's all-day row "can collapse and hide chips").
//   Its markup is not documented: an `aria-expanded="false"` control in the grid is taken as the sign, and every day
//   of the row it sits in counts as unseen, since a collapsed row may hide chips without saying where.
import type {Day} from '../../../cadence/types.ts';
import {findAll} from '../../shared/selector.ts';
import {calendarSelectors} from '../selectors.ts';
import {insideAnEvent} from './attributes.ts';
import {cellDayOf, daysUnder} from './cells.ts';
import {headingCount, undatedNumbers} from './counts.ts';

export type DayNotes = {
  /** Event counts the headings announce, the largest when a day has several headings. */
  announced: Map<Day, number>;
  /** Days the page says it hides events of, with the reason (for diagnostics). */
  hidden: Map<Day, string>;
};

const shortText = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);

export function readDayNotes(doc: Document, cells: ReadonlyMap<Element, Day>): DayNotes {
  const announced = new Map<Day, number>();
  const hidden = new Map<Day, string>();
  const hide = (day: Day, reason: string) => hidden.has(day) || hidden.set(day, `${day}: ${reason}`);

  for (const heading of findAll(calendarSelectors.cellHeading, doc).elements) {
    const day = cellDayOf(heading, cells);
    if (!day) continue;
    const count = headingCount(heading.textContent, day);
    if (typeof count === 'number') announced.set(day, Math.max(count, announced.get(day) ?? 0));
    else if (count === 'unreadable') hide(day, `heading "${shortText(heading)}" states a count Rapport cannot read`);
  }
  for (const control of findAll(calendarSelectors.cellButton, doc).elements) {
    if (control.hasAttribute('data-eventid') || insideAnEvent(control)) continue; // a chip, or part of one
    const day = cellDayOf(control, cells);
    // A number that is not the cell's date: "2 more", "+2", "他 2 件". A bare date number is a link to the day.
    if (day && undatedNumbers(control.textContent ?? '', day).length > 0) hide(day, `events hidden behind "${shortText(control)}"`);
  }
  for (const toggle of findAll(calendarSelectors.collapsedRow, doc).elements) {
    for (let row = toggle.parentElement; row; row = row.parentElement) {
      const days = daysUnder(row, cells);
      if (days.length === 0) continue;
      for (const day of days) hide(day, 'the all-day row is collapsed');
      break;
    }
  }
  return {announced, hidden};
}
