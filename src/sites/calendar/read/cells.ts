// Which day a chip is on, from the page's structure rather than its text: the data-datekey cell it sits in, or, for
// chips laid over a row by position (all-day and month rows of 2026 builds place chips with `left:14.29%` outside
// the day cells, research/dom-crosscheck.md), the column its position points at.
import type {Day} from '../../../cadence/types.ts';
import {findAll} from '../../shared/selector.ts';
import {calendarSelectors} from '../selectors.ts';
import {decodeDateKey} from './attributes.ts';

/** Every day cell of the page with its decoded date. */
export function dayCells(doc: Document): Map<Element, Day> {
  const cells = new Map<Element, Day>();
  for (const cell of findAll(calendarSelectors.dayCell, doc).elements) {
    const day = decodeDateKey(cell.getAttribute('data-datekey'));
    if (day) cells.set(cell, day);
  }
  return cells;
}

/** The data-datekey cell an element sits in, if any (schedule rows and positioned chips sit in none). */
export function cellDayOf(element: Element, cells: ReadonlyMap<Element, Day>): Day | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const day = cells.get(node);
    if (day) return day;
  }
  return undefined;
}

/** The distinct days of the cells under `element`, in the order the page lists them. */
export function daysUnder(element: Element, cells: ReadonlyMap<Element, Day>): Day[] {
  const days: Day[] = [];
  for (const cell of element.querySelectorAll('[data-datekey]')) {
    const day = cells.get(cell);
    if (day && !days.includes(day)) days.push(day);
  }
  return days;
}

const OFFSET = (side: 'left' | 'right') => new RegExp(String.raw`(?:^|;)\s*${side}\s*:\s*(?:calc\(\s*)?(-?\d+(?:\.\d+)?)%`, 'i');
const FROM_LEFT = OFFSET('left');
const FROM_RIGHT = OFFSET('right');

/** A row of a grid shows one week at most; an ancestor holding more days is the whole month, where an offset within
 * a row cannot be placed. */
const MAX_ROW_DAYS = 7;

/** The day of the column a positioned chip starts in: its offset as a share of the nearest ancestor row that holds
 * day cells. Left to right the first day is at `left:0%`; right to left it is at `right:0%`, so the offset is read
 * from the side the first day is on. Undefined when the chip has no such offset, it falls between two columns, or
 * the nearest ancestor with days is more than a row: a date is never guessed. */
export function columnDayOf(chip: Element, cells: ReadonlyMap<Element, Day>): Day | undefined {
  const rightToLeft = chip.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl';
  const offset = (rightToLeft ? FROM_RIGHT : FROM_LEFT).exec(chip.getAttribute('style') ?? '')?.[1];
  if (offset === undefined) return undefined;
  for (let row = chip.parentElement; row; row = row.parentElement) {
    const days = daysUnder(row, cells);
    if (days.length === 0) continue;
    if (days.length > MAX_ROW_DAYS) return undefined;
    const position = (Number(offset) * days.length) / 100;
    const column = Math.round(position);
    if (Math.abs(position - column) > 0.05 || column < 0 || column >= days.length) return undefined;
    return days[column];
  }
  return undefined;
}
