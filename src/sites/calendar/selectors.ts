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
    ],
    about: 'event chips',
    fixtures: all([0, 'settings.html'], [15, 'week-en.html'], [13, 'week-ja.html']),
  },
  /** A day column or cell; data-datekey packs the date as ((year-1970) << 9) | (month << 5) | day. */
  dayCell: {
    css: ['[data-datekey]'],
    about: 'day columns and cells',
    fixtures: all([0, 'settings.html'], [21, 'week-en.html'], [10, 'week-ja.html']),
  },
  /** Visually hidden full description of a chip (English grammar: time, title, organizer, RSVP, location, date). */
  chipDescription: {
    css: ['.XuJrye'],
    about: 'chip descriptions for screen readers',
    fixtures: all([0, 'settings.html'], [22, 'week-en.html'], [18, 'week-ja.html']),
  },
  /** The visible title of a chip: timed chips (.I0UMhf), all-day and month chips (.WBi6vc). */
  chipTitle: {
    css: ['.I0UMhf', '.WBi6vc'],
    about: 'visible chip titles',
    fixtures: all([0, 'settings.html'], [5, 'week-en.html'], [5, 'week-ja.html']),
  },
  /** Short timed chips show "<title>, <time>" on one line instead (TGC's selector fix of 2024-05-02). */
  chipShortText: {
    css: ['.EWOIrf'],
    about: 'one-line text of short chips',
    fixtures: all([0, 'settings.html'], [6, 'week-en.html'], [6, 'week-ja.html']),
  },
  /** The user's time zone as Calendar renders it in hidden user info. */
  timeZone: {
    css: ['#xUserInfo #xTimezone'],
    about: "the user's time zone",
    fixtures: all([0, 'settings.html'], [1, 'week-en.html'], [1, 'week-ja.html']),
  },
} as const satisfies Record<string, SelectorDef>;

export type CalendarSelectorName = keyof typeof calendarSelectors;
