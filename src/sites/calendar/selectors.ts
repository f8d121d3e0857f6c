// Every Google Calendar selector Rapport uses, in one place. Facts from shared research (research/dom.md, section 3):
// data attributes (data-eventid, data-eventchip, data-datekey) have held from 2019 to 2026; classes (.XuJrye,
// .KF4T6b) are build artefacts and only ever a second choice. Chip text is localised and never the only source.
// Fixtures live in tests/fixtures/calendar/; tests/unit/selectors.test.ts checks the counts.
import type {FixtureExpectation, SelectorDef} from '../shared/selector.ts';

const all = (...fixtures: FixtureExpectation[]) => fixtures;

export const calendarSelectors = {
  /** An event chip in any view (timed, all-day, month, schedule rows). Tasks and birthdays are filtered later.
   * Real chips nest an inner copy of their data-eventid (only the outer one has the .XuJrye description,
   * research/dom-crosscheck.md); the reader keeps the outermost element of a nest, so one chip is one event. The
   * preferred strategies leave that to the reader because `:not([data-eventid] *)` costs jsdom (bench/calendar.ts)
   * five times the whole read; the last one, which would take every copy, says it in CSS. */
  eventChip: {
    css: [
      // Since the 2025-02 change that retired .NlL62b[data-eventid]; Tasks chips carry data-eventchip too.
      '[data-eventid][data-eventchip]',
      // Event Merge's 2019 shapes: data-eventid on the button, or on the element wrapping it. The second also takes
      // the stacked all-day and month chips (data-eventid on the container, role=button on its child) and schedule
      // rows, so that losing data-eventchip alone loses no chip.
      '[data-eventid][role="button"], [data-eventid]:has(> [role="button"])',
      // Any outermost element with an event id, but the details popover, which carries the id of an event already
      // on the page (Calex's 2018 schedule rows had no other hook).
      '[data-eventid]:not(#xDetDlg):not([data-eventid] *)',
    ],
    about: 'event chips',
    fixtures: all([23, 'agenda-en.html', [0, 23, 23]], [6, 'day-en.html', [6, 6, 6]], [21, 'month-en.html', [21, 21, 21]], [0, 'settings.html', [0, 0, 0]], [9, 'week-en-2026.html', [9, 9, 9]], [15, 'week-en-collapsed.html', [15, 15, 15]], [15, 'week-en-details.html', [15, 15, 15]], [15, 'week-en.html', [15, 15, 15]], [9, 'week-ja-2026.html', [9, 9, 9]], [13, 'week-ja.html', [13, 13, 13]], [0, 'year-en.html', [0, 0, 0]]),
    fallbacks: [
      // Calendar drops the marker attribute, as it dropped .NlL62b in 2025.
      {strategy: 1, strip: ['[data-eventchip]']},
      // ... and the buttons' role too (chips rebuilt as plain elements or <button>s without the ARIA attribute).
      {strategy: 2, strip: ['[data-eventchip]', '[role]']},
    ],
  },
  /** A day column or cell; data-datekey packs the date as ((year-1970) << 9) | (month << 5) | day. */
  dayCell: {
    css: ['[data-datekey]'],
    about: 'day columns and cells',
    fixtures: all([0, 'agenda-en.html'], [3, 'day-en.html'], [35, 'month-en.html'], [0, 'settings.html'], [21, 'week-en-2026.html'], [21, 'week-en-collapsed.html'], [21, 'week-en-details.html'], [21, 'week-en.html'], [21, 'week-ja-2026.html'], [10, 'week-ja.html'], [0, 'year-en.html']),
  },
  /** Visually hidden full description of a chip (English grammar: time, title, organizer, RSVP, location, date). */
  chipDescription: {
    css: ['.XuJrye'],
    about: 'chip descriptions for screen readers',
    fixtures: all([0, 'agenda-en.html'], [7, 'day-en.html'], [56, 'month-en.html'], [0, 'settings.html'], [16, 'week-en-2026.html'], [22, 'week-en-collapsed.html'], [22, 'week-en-details.html'], [22, 'week-en.html'], [16, 'week-ja-2026.html'], [18, 'week-ja.html'], [0, 'year-en.html']),
  },
  /** Schedule and search rows: a button whose aria-label is the full description (research/dom.md 3.4), inside the
   * row's data-eventid container (other labelled buttons, such as an all-day row's expand control, are not rows). */
  rowLabel: {
    css: ['[data-eventid] [role="button"][aria-label]'],
    about: 'labelled schedule rows',
    fixtures: all([23, 'agenda-en.html'], [0, 'day-en.html'], [0, 'month-en.html'], [0, 'settings.html'], [0, 'week-en-2026.html'], [0, 'week-en-collapsed.html'], [0, 'week-en-details.html'], [0, 'week-en.html'], [0, 'week-ja-2026.html'], [0, 'week-ja.html'], [0, 'year-en.html']),
  },
  /** A day cell's heading: "6 events, Monday, November 23" in month cells and in newer builds' week column headers,
   * the day name alone in older week headers. A count tells whether the page hides some of the day's events. */
  cellHeading: {
    css: ['[data-datekey] h2'],
    about: 'day cell headings',
    fixtures: all([0, 'agenda-en.html'], [1, 'day-en.html'], [35, 'month-en.html'], [0, 'settings.html'], [7, 'week-en-2026.html'], [7, 'week-en-collapsed.html'], [7, 'week-en-details.html'], [7, 'week-en.html'], [7, 'week-ja-2026.html'], [5, 'week-ja.html'], [0, 'year-en.html']),
  },
  /** The visible title of a chip: timed chips (.I0UMhf), all-day and month chips (.WBi6vc). One strategy, not a
   * fallback: the two classes mark different kinds of chip on the same page, so both are always wanted. */
  chipTitle: {
    css: ['.I0UMhf, .WBi6vc'],
    about: 'visible chip titles',
    fixtures: all([0, 'agenda-en.html'], [3, 'day-en.html'], [18, 'month-en.html'], [0, 'settings.html'], [8, 'week-en-2026.html'], [7, 'week-en-collapsed.html'], [7, 'week-en-details.html'], [7, 'week-en.html'], [8, 'week-ja-2026.html'], [5, 'week-ja.html'], [0, 'year-en.html']),
  },
  /** Short timed chips show "<title>, <time>" on one line instead (TGC's selector fix of 2024-05-02). */
  chipShortText: {
    css: ['.EWOIrf'],
    about: 'one-line text of short chips',
    fixtures: all([0, 'agenda-en.html'], [2, 'day-en.html'], [0, 'month-en.html'], [0, 'settings.html'], [1, 'week-en-2026.html'], [6, 'week-en-collapsed.html'], [6, 'week-en-details.html'], [6, 'week-en.html'], [1, 'week-ja-2026.html'], [6, 'week-ja.html'], [0, 'year-en.html']),
  },
  /** A button inside a day cell: the chips' own, and the "2 more" controls of month cells and of an overflowing
   * all-day row, which the reader picks out (not part of a chip, a number other than the cell's date in its text).
   * The overflow control's markup is not documented; role=button is what Calendar gives its other controls.
   * Chips are left out in code, not by `:not()`, which with a descendant combinator is slow in jsdom. */
  cellButton: {
    css: ['[data-datekey] [role="button"]'],
    about: 'buttons in day cells ("N more" among them)',
    fixtures: all([0, 'agenda-en.html'], [6, 'day-en.html'], [22, 'month-en.html'], [0, 'settings.html'], [7, 'week-en-2026.html'], [16, 'week-en-collapsed.html'], [15, 'week-en-details.html'], [15, 'week-en.html'], [7, 'week-ja-2026.html'], [13, 'week-ja.html'], [0, 'year-en.html']),
  },
  /** A collapsed all-day row's expand control (research/dom-crosscheck.md: the week view's all-day row can collapse
   * and hide chips). Unconfirmed markup: aria-expanded="false" is the language-free hook any disclosure control has. */
  collapsedRow: {
    css: ['[role="grid"] [aria-expanded="false"]'],
    about: 'collapsed all-day rows',
    fixtures: all([0, 'agenda-en.html'], [0, 'day-en.html'], [0, 'month-en.html'], [0, 'settings.html'], [0, 'week-en-2026.html'], [1, 'week-en-collapsed.html'], [0, 'week-en-details.html'], [0, 'week-en.html'], [0, 'week-ja-2026.html'], [0, 'week-ja.html'], [0, 'year-en.html']),
  },
  /** The user's time zone as Calendar renders it in hidden user info. */
  timeZone: {
    css: ['#xUserInfo #xTimezone'],
    about: "the user's time zone",
    fixtures: all([1, 'agenda-en.html'], [1, 'day-en.html'], [1, 'month-en.html'], [0, 'settings.html'], [1, 'week-en-2026.html'], [1, 'week-en-collapsed.html'], [1, 'week-en-details.html'], [1, 'week-en.html'], [1, 'week-ja-2026.html'], [1, 'week-ja.html'], [1, 'year-en.html']),
  },
  /** The event details popover, open on one event (re-used between events: re-read on every change). */
  detailsEvent: {
    css: ['#xDetDlg[data-eventid]'],
    about: 'the open event details',
    fixtures: all([0, 'agenda-en.html'], [0, 'day-en.html'], [0, 'month-en.html'], [0, 'settings.html'], [0, 'week-en-2026.html'], [0, 'week-en-collapsed.html'], [1, 'week-en-details.html'], [0, 'week-en.html'], [0, 'week-ja-2026.html'], [0, 'week-ja.html'], [0, 'year-en.html']),
  },
  /** A guest in the open details: the only place the page shows attendees (chips never do). */
  detailsGuest: {
    css: ['#xDetDlgAtt [data-email]'],
    about: 'guests of the open event',
    fixtures: all([0, 'agenda-en.html'], [0, 'day-en.html'], [0, 'month-en.html'], [0, 'settings.html'], [0, 'week-en-2026.html'], [0, 'week-en-collapsed.html'], [3, 'week-en-details.html'], [0, 'week-en.html'], [0, 'week-ja-2026.html'], [0, 'week-ja.html'], [0, 'year-en.html']),
  },
} as const satisfies Record<string, SelectorDef>;

export type CalendarSelectorName = keyof typeof calendarSelectors;
