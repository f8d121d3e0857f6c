// Every Google Calendar selector Rapport uses, in one place. Facts from shared research (research/dom.md, section 3):
// data attributes (data-eventid, data-eventchip, data-datekey) have held from 2019 to 2026; classes (.XuJrye,
// .KF4T6b) are build artefacts and only ever a second choice. Chip text is localised and never the only source.
// Fixtures live in tests/fixtures/calendar/; tests/unit/selectors.test.ts checks the counts.
import type {SelectorDef} from '../shared/selector.ts';

const all = (...fixtures: Array<[number, string]>) => fixtures;

export const calendarSelectors = {
  /** An event chip in any view (timed, all-day, month). Tasks (tasks_…) and birthdays (bday_…) are filtered later. */
  eventChip: {
    css: [
      '[data-eventid][data-eventchip]', // since the 2025-02 change that retired .NlL62b[data-eventid]
      '[data-eventid][role="button"]', // Event Merge's 2019 shape, kept as a fallback
      // Schedule and search rows: data-eventid on the row's container, no data-eventchip (Calex's 2018 rows). Not
      // the details popover, which carries the id of an event already on the page.
      '[data-eventid]:not(#xDetDlg)',
    ],
    about: 'event chips',
    fixtures: all([15, 'week-en-details.html'], [0, 'settings.html'], [15, 'week-en.html'], [13, 'week-ja.html'], [6, 'day-en.html'], [18, 'month-en.html'], [20, 'agenda-en.html']),
  },
  /** A day column or cell; data-datekey packs the date as ((year-1970) << 9) | (month << 5) | day. */
  dayCell: {
    css: ['[data-datekey]'],
    about: 'day columns and cells',
    fixtures: all([21, 'week-en-details.html'], [0, 'settings.html'], [21, 'week-en.html'], [10, 'week-ja.html'], [3, 'day-en.html'], [35, 'month-en.html'], [0, 'agenda-en.html']),
  },
  /** Visually hidden full description of a chip (English grammar: time, title, organizer, RSVP, location, date). */
  chipDescription: {
    css: ['.XuJrye'],
    about: 'chip descriptions for screen readers',
    fixtures: all([22, 'week-en-details.html'], [0, 'settings.html'], [22, 'week-en.html'], [18, 'week-ja.html'], [7, 'day-en.html'], [53, 'month-en.html'], [0, 'agenda-en.html']),
  },
  /** Schedule and search rows: a button whose aria-label is the full description (research/dom.md 3.4). */
  rowLabel: {
    css: ['[role="button"][aria-label]'],
    about: 'labelled schedule rows',
    fixtures: all([0, 'week-en-details.html'], [0, 'settings.html'], [0, 'week-en.html'], [0, 'week-ja.html'], [0, 'day-en.html'], [0, 'month-en.html'], [20, 'agenda-en.html']),
  },
  /** A day cell's heading: "6 events, Monday, November 23" in month cells, the day name in week column headers.
   * The count tells whether a month cell hides events behind "+N more". */
  cellHeading: {
    css: ['[data-datekey] h2'],
    about: 'day cell headings',
    fixtures: all([7, 'week-en-details.html'], [0, 'settings.html'], [7, 'week-en.html'], [5, 'week-ja.html'], [1, 'day-en.html'], [35, 'month-en.html'], [0, 'agenda-en.html']),
  },
  /** The visible title of a chip: timed chips (.I0UMhf), all-day and month chips (.WBi6vc). */
  chipTitle: {
    css: ['.I0UMhf', '.WBi6vc'],
    about: 'visible chip titles',
    fixtures: all([5, 'week-en-details.html'], [0, 'settings.html'], [5, 'week-en.html'], [5, 'week-ja.html'], [2, 'day-en.html'], [17, 'month-en.html'], [0, 'agenda-en.html']),
  },
  /** Short timed chips show "<title>, <time>" on one line instead (TGC's selector fix of 2024-05-02). */
  chipShortText: {
    css: ['.EWOIrf'],
    about: 'one-line text of short chips',
    fixtures: all([6, 'week-en-details.html'], [0, 'settings.html'], [6, 'week-en.html'], [6, 'week-ja.html'], [2, 'day-en.html'], [0, 'month-en.html'], [0, 'agenda-en.html']),
  },
  /** The user's time zone as Calendar renders it in hidden user info. */
  timeZone: {
    css: ['#xUserInfo #xTimezone'],
    about: "the user's time zone",
    fixtures: all([1, 'week-en-details.html'], [0, 'settings.html'], [1, 'week-en.html'], [1, 'week-ja.html'], [1, 'day-en.html'], [1, 'month-en.html'], [1, 'agenda-en.html']),
  },
  /** The event details popover, open on one event (re-used between events: re-read on every change). */
  detailsEvent: {
    css: ['#xDetDlg[data-eventid]'],
    about: 'the open event details',
    fixtures: all([1, 'week-en-details.html'], [0, 'settings.html'], [0, 'week-en.html'], [0, 'week-ja.html'], [0, 'day-en.html'], [0, 'month-en.html'], [0, 'agenda-en.html']),
  },
  /** A guest in the open details: the only place the page shows attendees (chips never do). */
  detailsGuest: {
    css: ['#xDetDlgAtt [data-email]'],
    about: 'guests of the open event',
    fixtures: all([3, 'week-en-details.html'], [0, 'settings.html'], [0, 'week-en.html'], [0, 'week-ja.html'], [0, 'day-en.html'], [0, 'month-en.html'], [0, 'agenda-en.html']),
  },
} as const satisfies Record<string, SelectorDef>;

export type CalendarSelectorName = keyof typeof calendarSelectors;
