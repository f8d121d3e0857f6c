// @vitest-environment jsdom
// readVisibleEvents on the day, month and schedule (agenda) fixtures, and the same meeting read alike in every view.
// The fixtures come from one event list (tests/fixtures/calendar/build-fixtures.ts), in New York time.
import {afterEach, describe, expect, it} from 'vitest';
import type {CalendarEvent} from '../../cadence/types.ts';
import {loadFixture} from '../../../tests/unit/load-fixture.ts';
import {readVisibleEvents} from './events.ts';

const read = (file: string) => readVisibleEvents(loadFixture('calendar', file));
const byTitle = (events: CalendarEvent[], title: string) => events.filter((e) => e.title === title);
const b64 = (text: string) => btoa(text).replace(/=+$/, '');

describe('day view', () => {
  const {events, coverage, misses, partialDays} = read('day-en.html');

  it('reads Monday 23 November alone, and only that day is seen', () => {
    expect(coverage).toEqual([{from: '2026-11-23', to: '2026-11-23'}]);
    expect(misses).toEqual([]);
    expect(partialDays).toEqual([]);
    expect(events.map((e) => e.title)).toEqual(['Board prep week', 'Daily catch-up: Dana / Jordan', 'Budget review', 'Weekly sync', 'Launch retro']);
  });

  it('keeps all-day, recurring and declined events, and skips the task', () => {
    expect(byTitle(events, 'Board prep week')[0]).toMatchObject({allDay: true, start: '2026-11-23', end: '2026-11-24'});
    expect(byTitle(events, 'Weekly sync')[0]).toMatchObject({recurring: true, seriesId: 'weeklysync3m8n', start: '2026-11-23T15:00:00-05:00', end: '2026-11-23T15:30:00-05:00'});
    expect(byTitle(events, 'Launch retro')[0]).toMatchObject({declined: true});
    expect(events.some((e) => e.id.startsWith('tasks_'))).toBe(false);
  });
});

describe('month view', () => {
  const {events, coverage, misses, partialDays} = read('month-en.html');

  it('reads the stacked chips of every cell, with times from the description and dates from the cell', () => {
    expect(events).toHaveLength(18);
    expect(byTitle(events, 'Budget review')[0]).toMatchObject({start: '2026-11-23T10:00:00-05:00', end: '2026-11-23T11:00:00-05:00', organizer: 'Sam Lee'});
    expect(byTitle(events, 'Daily catch-up: Dana / Jordan').map((e) => e.id)).toEqual(['23', '24', '25', '27'].map((day) => `dailycatchup7x2k_202611${day}T140000Z`));
    expect(byTitle(events, 'Weekly sync').map((e) => e.start)).toEqual(['2026-11-23T15:00:00-05:00', '2026-11-30T15:00:00-05:00']);
    // Tasks in every id form (tasks_, ttb_<base64>, tasks.) and the birthday are on the page and are not meetings.
    expect(events.some((e) => /task|birthday|board pack|cars/i.test(e.title) || /^(bday_|ttb_|tasks)/.test(e.id))).toBe(false);
  });

  it('reads multi-day events: an all-day span (title with a comma) and an overnight flight', () => {
    expect(byTitle(events, 'Leadership summit, London')[0]).toMatchObject({allDay: true, start: '2026-12-02', end: '2026-12-05', organizer: 'Dana Whitfield'});
    expect(byTitle(events, 'Red-eye to London')[0]).toMatchObject({allDay: false, start: '2026-11-30T22:00:00-05:00', end: '2026-12-01T06:45:00-05:00'});
    expect(byTitle(events, 'Thanksgiving Day')[0]).toMatchObject({allDay: true, start: '2026-11-26', end: '2026-11-27'});
  });

  it('sees every cell of the grid except the one hiding events behind "2 more"', () => {
    // 1 November to 5 December; the 23rd announces six events and shows four, so it is not claimed. The 3rd and 4th
    // of December count the summit, which is drawn once in the 2nd's cell, and stay complete.
    expect(coverage).toEqual([{from: '2026-11-01', to: '2026-11-22'}, {from: '2026-11-24', to: '2026-12-05'}]);
    expect(partialDays).toEqual(['2026-11-23']);
    expect(misses).toEqual(['2026-11-23: 6 events announced, 4 on the page']);
  });
});

describe('schedule (agenda) view', () => {
  afterEach(() => history.replaceState(null, '', '/'));
  const {events, coverage, misses} = read('agenda-en.html');

  it('reads every row from its aria-label and its container\'s data-eventid, skipping tasks and birthdays', () => {
    expect(misses).toEqual([]);
    expect(events).toHaveLength(19);
    expect(events.some((e) => /^(tasks|ttb_|bday_)/.test(e.id))).toBe(false);
    expect(byTitle(events, 'Launch retro')[0]).toMatchObject({declined: true, calendarId: 'c_9a8b7c6d5e4f@group.calendar.google.com'});
    expect(byTitle(events, 'Lunch with Marco, Acme')[0]).toMatchObject({organizer: 'Marco Rossi', start: '2026-11-27T12:00:00-05:00'});
    expect(byTitle(events, 'Q4 strategy review: hiring, onboarding & budget')).toHaveLength(1);
    expect(byTitle(events, 'APAC vendor call')[0]).toMatchObject({start: '2026-11-24T23:30:00-05:00', end: '2026-11-25T00:30:00-05:00'});
  });

  it('reads the multi-day forms: "November 30, 2026 at 10pm to December 1, 2026 at 6:45am" and an all-day span', () => {
    expect(byTitle(events, 'Red-eye to London')[0]).toMatchObject({id: 'redeyelondon2w', start: '2026-11-30T22:00:00-05:00', end: '2026-12-01T06:45:00-05:00', allDay: false});
    expect(byTitle(events, 'Leadership summit, London')[0]).toMatchObject({start: '2026-12-02', end: '2026-12-05', allDay: true});
  });

  it('sees the days from the first to the last listed day, the empty weekend between them included', () => {
    // Listed: 23-27 and 30 November, 1 and 3 December. The summit's and the flight's rows are multi-day, so they say
    // nothing about which day the list shows (the summit's last day, the 4th, is not claimed).
    expect(coverage).toEqual([{from: '2026-11-23', to: '2026-12-03'}]);
  });

  it('claims no days from search results, which list only matching events', () => {
    history.replaceState(null, '', '/calendar/u/0/r/search?q=sync');
    const search = read('agenda-en.html');
    expect(search.view).toBe('search');
    expect(search.events).toHaveLength(19);
    expect(search.coverage).toEqual([]);
  });

  it('takes data-eventid on the row itself too, and drops an unreadable row with a miss (no cell gives its day)', () => {
    const page = (rows: string) => {
      document.documentElement.lang = 'en';
      document.body.innerHTML = `<div id="xUserInfo"><div id="xTimezone">America/New_York</div></div>${rows}`;
      return readVisibleEvents(document);
    };
    const onRow = page(`<div role="button" data-eventid="${b64('r1 me@m')}" aria-label="9am to 10am, Standup, Jordan Avery, No location, November 23, 2026"></div>`);
    expect(onRow.events.map((e) => [e.id, e.title, e.start])).toEqual([['r1', 'Standup', '2026-11-23T09:00:00-05:00']]);
    expect(onRow.coverage).toEqual([{from: '2026-11-23', to: '2026-11-23'}]);
    const french = 'de 13h00 à 14h30, Réunion, Jean, Aucun lieu, 23 novembre 2026';
    const unreadable = page(`<div data-eventid="${b64('r2 me@m')}"><div role="button" aria-label="${french}"></div></div>`);
    expect(unreadable.events).toEqual([]);
    expect(unreadable.misses).toEqual([french]);
    expect(unreadable.coverage).toEqual([]);
  });
});

/** What must not depend on the view a meeting was read in. */
const essentials = (e: CalendarEvent) => ({id: e.id, title: e.title, start: e.start, end: e.end, allDay: e.allDay, recurring: e.recurring, declined: e.declined, seriesId: e.seriesId, calendarId: e.calendarId});
const readById = (file: string) => new Map(read(file).events.map((e) => [e.id, essentials(e)]));

describe('the same meeting in every view', () => {
  it('has the same id, title, start, end and flags in the week, day, month and schedule views', () => {
    const [week, day, month, agenda] = ['week-en.html', 'day-en.html', 'month-en.html', 'agenda-en.html'].map(readById) as [ReturnType<typeof readById>, ...Array<ReturnType<typeof readById>>];
    const views = [week, day!, month!, agenda!];
    const shared = [...week.keys()].filter((id) => views.every((view) => view.has(id)));
    // Monday's meetings (Launch retro hides behind the month cell's "2 more").
    expect(shared).toEqual(['boardprepweek01', 'dailycatchup7x2k_20261123T140000Z', '7kq2m9c4p1a8s3d5f6g0h2j4k6', 'weeklysync3m8n_20261123T200000Z']);
    for (const id of shared) for (const view of views) expect(view.get(id)).toEqual(week.get(id));
    // The rest of the week, in the month view (but Launch retro, hidden) and the schedule (which starts on the 23rd).
    for (const [id, event] of week) {
      expect(agenda!.get(id)).toEqual(event);
      if (id !== 'tu4abcd5efgh6ijk7lmn8opq9r') expect(month!.get(id)).toEqual(event);
    }
  });
});
