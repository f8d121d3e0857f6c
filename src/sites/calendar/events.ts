// Reads the events on the Google Calendar page, in the day, week, custom, month and schedule views: identity, series
// and calendar from data-eventid, the day from the cell's data-datekey (or, for a chip laid over a row by position,
// from its column), times and people from the screen-reader description (a chip's .XuJrye text, or a schedule row's
// aria-label), the title from the visible chip. The year view is read as nothing.
// Attributes are language-independent and always used; when the description cannot be read the event keeps the day
// the page places it on (`timesUnknown`) and the text is recorded in `misses`, never guessed at. A chip the page
// places on no day (a schedule row, a chip outside any cell and column) is then only a miss.
import {addDays, formatIso, isValidTimeZone, zonedToInstant} from '../../cadence/dates.ts';
import type {CalendarEvent, Coverage, Day} from '../../cadence/types.ts';
import {findAll, findOne} from '../shared/selector.ts';
import {calendarSelectors} from './selectors.ts';
import {decodeEventId, insideAnEvent, isNotAMeeting} from './read/attributes.ts';
import {cellDayOf, columnDayOf, dayCells} from './read/cells.ts';
import {parseEnglishDescription} from './read/describe-en.ts';
import {parseJapaneseDescription} from './read/describe-ja.ts';
import type {ParsedDescription} from './read/description.ts';
import {pageCoverage, ShownByDay} from './read/coverage.ts';
import {readDayNotes} from './read/hidden.ts';
import {viewOfPage, type CalendarView} from './read/view.ts';

export type ReadResult = {
  events: CalendarEvent[];
  /** Days the page showed in full, as ranges (read/coverage.ts says which). */
  coverage: Coverage;
  /** Chip descriptions that could not be parsed, and days whose cell hides some events (for diagnostics; the events
   * are still reported by day where the day is known). */
  misses: string[];
  /** Days on the page left out of `coverage` because it hides some of their events (read/hidden.ts). */
  partialDays: Day[];
  view: CalendarView;
  timeZone: string;
};

export type ReadOptions = {
  /** Ask the browser's computed style whether a chip is struck through (declined) when neither an inline style nor
   * the description can say (Japanese has no RSVP field). Default true; false for a pure-attribute read. */
  computedStyle?: boolean;
};

function pageTimeZone(doc: Document): string {
  const shown = findOne(calendarSelectors.timeZone, doc)?.textContent?.trim();
  return shown && isValidTimeZone(shown) ? shown : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function parseDescription(text: string, lang: string, titleHint: string | undefined): ParsedDescription | null {
  const parsers = lang.startsWith('ja') ? [parseJapaneseDescription, parseEnglishDescription] : [parseEnglishDescription, parseJapaneseDescription];
  for (const parse of parsers) {
    const parsed = parse(text, titleHint);
    if (parsed) return parsed;
  }
  return null;
}

/** The chip an element inside it belongs to (chips don't nest). */
function ownerChip(element: Element, chips: ReadonlySet<Element>): Element | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) if (chips.has(node)) return node;
  return undefined;
}

/** Each chip's first element matching `css`, from one query over the page: a query per chip costs 300 times more. */
function firstPerChip(doc: Document, css: string, chips: ReadonlySet<Element>): Map<Element, Element> {
  const found = new Map<Element, Element>();
  for (const element of doc.querySelectorAll(css)) {
    const chip = ownerChip(element, chips);
    if (chip && !found.has(chip)) found.set(chip, element);
  }
  return found;
}

const STRUCK = /line-through/;

/** Declined events are struck through: inline in some builds, by a class in others (then only the computed style
 * tells; text-decoration is not inherited, so the chip and its title are both asked). Computed styles are only
 * consulted when the description could not say (another language, or unreadable): they cost a style pass. */
function isStruck(chip: Element, title: Element | undefined, parsed: ParsedDescription | null, options: ReadOptions): boolean {
  if (STRUCK.test(chip.getAttribute('style') ?? '') || STRUCK.test(title?.getAttribute('style') ?? '')) return true;
  if (options.computedStyle === false || parsed?.rsvpStated) return false;
  const view = chip.ownerDocument.defaultView;
  if (!view) return false;
  return [chip, title].some((element) => {
    if (!element) return false;
    const style = view.getComputedStyle(element);
    return STRUCK.test(style.textDecorationLine || style.textDecoration || '');
  });
}

function times(day: Day, parsed: ParsedDescription, timeZone: string): {start: string; end: string; allDay: boolean} | null {
  const startDay = parsed.startDay ?? day;
  if (parsed.allDay) return {start: startDay, end: addDays(parsed.endDay ?? startDay, 1), allDay: true};
  if (!parsed.start || !parsed.end) return null;
  const startMinutes = parsed.start.hour * 60 + parsed.start.minute;
  const endMinutes = parsed.end.hour * 60 + parsed.end.minute;
  // "11:30pm to 12:30am" ends the next day; multi-day forms state the end date.
  const endDay = parsed.endDay ?? (endMinutes < startMinutes ? addDays(startDay, 1) : startDay);
  const start = zonedToInstant(startDay, parsed.start.hour, parsed.start.minute, timeZone);
  const end = zonedToInstant(endDay, parsed.end.hour, parsed.end.minute, timeZone);
  return {start: formatIso(start, timeZone), end: formatIso(end, timeZone), allDay: false};
}

/** The days a timed or all-day reading occupies, for counting what a cell shows (all-day ends are exclusive; a
 * timed event ending at midnight does not reach the next day). */
function daysOccupied(when: {start: string; end: string; allDay: boolean}): [Day, Day] {
  const first = when.start.slice(0, 10);
  const endDay = when.end.slice(0, 10);
  const last = when.allDay || when.end.slice(11, 19) === '00:00:00' ? addDays(endDay, -1) : endDay;
  return [first, last < first ? first : last];
}

export function readVisibleEvents(doc: Document = document, options: ReadOptions = {}): ReadResult {
  const timeZone = pageTimeZone(doc);
  const view = viewOfPage(doc);
  // The year view shows days without their events: nothing on it may be read as an event or as a day seen.
  if (view === 'year') return {events: [], coverage: [], misses: [], partialDays: [], view, timeZone};
  const lang = (doc.documentElement.lang || 'en').toLowerCase();
  const cells = dayCells(doc);
  const {announced, hidden} = readDayNotes(doc, cells);

  // One chip, one event: an inner element repeating a chip's data-eventid belongs to the chip around it.
  const chips = findAll(calendarSelectors.eventChip, doc).elements.filter((chip) => !insideAnEvent(chip));
  const chipSet = new Set<Element>(chips);
  const descriptions = firstPerChip(doc, calendarSelectors.chipDescription.css.join(', '), chipSet);
  const labels = firstPerChip(doc, calendarSelectors.rowLabel.css.join(', '), chipSet);
  const titles = firstPerChip(doc, calendarSelectors.chipTitle.css.join(', '), chipSet);
  const oneLiners = firstPerChip(doc, calendarSelectors.chipShortText.css.join(', '), chipSet);

  const events = new Map<string, CalendarEvent>();
  const misses: string[] = [];
  const shown = new ShownByDay();
  const tally = announced.size > 0;
  const listed: Day[] = [];
  for (const chip of chips) {
    const raw = chip.getAttribute('data-eventid') ?? '';
    if (!raw) continue;
    // The day the page places the chip on: its cell, or the column it is laid over (all-day and month rows of
    // newer builds position chips outside the day cells). Schedule rows have neither.
    const placedDay = cellDayOf(chip, cells) ?? columnDayOf(chip, cells);
    // What each day shows only matters when a heading announces its count: skip the tally otherwise.
    if (placedDay && tally) shown.add(raw, placedDay);
    const decoded = decodeEventId(raw);
    if (isNotAMeeting(raw, decoded)) continue; // tasks and birthdays: on the page, never meetings nor misses
    const id = decoded?.id ?? raw;
    if (events.has(id)) continue; // an event spanning two columns renders twice

    // Grid chips hide their description in .XuJrye; schedule rows carry it as the aria-label of the row's button.
    const description = (chip.getAttribute('aria-label') || labels.get(chip)?.getAttribute('aria-label') || descriptions.get(chip)?.textContent || '').trim();
    const titleElement = titles.get(chip);
    const shownTitle = titleElement?.textContent?.trim() || undefined;
    const parsed = description ? parseDescription(description, lang, shownTitle) : null;
    const startDay = parsed?.startDay ?? placedDay;
    const when = parsed && startDay ? times(startDay, parsed, timeZone) : null;
    if (!when) misses.push(description || `(no description) ${id}`);
    if (!when && !placedDay) continue; // nothing tells when: not an event we can use, and never a guessed date
    if (when && tally) shown.add(raw, ...daysOccupied(when));
    // A list row sits under the day it starts on, except a multi-day event, which may be listed under a later day
    // of its span (one that began before the list does): only single-day rows say which days the list shows.
    if (!placedDay && parsed?.startDay && !parsed.endDay) listed.push(parsed.startDay);

    let title = shownTitle ?? parsed?.title;
    const oneLine = title ? undefined : oneLiners.get(chip)?.textContent?.trim();
    if (oneLine) title = parsed?.title && oneLine.startsWith(parsed.title) ? parsed.title : oneLine.replace(/,\s*[^,]*\d[^,]*$/, '');
    const event: CalendarEvent = {
      id, title: title ?? '', timeZone,
      ...(when ?? {start: placedDay!, end: addDays(placedDay!, 1), allDay: false, timesUnknown: true}),
      recurring: decoded?.instance !== undefined,
      cancelled: false,
      declined: parsed?.rsvp === 'declined' || isStruck(chip, titleElement, parsed, options),
      source: 'dom',
    };
    if (decoded?.seriesId) event.seriesId = decoded.seriesId;
    if (decoded?.calendarId) event.calendarId = decoded.calendarId;
    if (parsed?.organizer) event.organizer = parsed.organizer;
    events.set(id, event);
  }

  // Search results list only the events that match: they prove nothing about the days around them.
  const {coverage, incomplete, reasons} = pageCoverage({cells: cells.values(), listed: view === 'search' ? [] : listed, announced, shown, hidden});
  misses.push(...reasons);
  return {events: [...events.values()], coverage, misses, partialDays: incomplete, view, timeZone};
}
