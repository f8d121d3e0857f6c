// @vitest-environment jsdom
import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {computeCadence} from '../../cadence/compute.ts';
import {parseIcs} from '../../cadence/ics.ts';
import {mergeEvents} from '../../cadence/merge.ts';
import {defaultTargets} from '../../cadence/targets.ts';
import {loadFixture} from '../../../tests/unit/load-fixture.ts';
import {readVisibleEvents} from './events.ts';

const b64 = (text: string) => btoa(text).replace(/=+$/, '');

describe('readVisibleEvents on the English week view', () => {
  const {events, coverage, misses, timeZone} = readVisibleEvents(loadFixture('calendar', 'week-en.html'));
  const byTitle = (title: string) => events.filter((e) => e.title === title);

  it('reads every meeting chip, skips tasks and birthdays, and records the week as seen', () => {
    expect(timeZone).toBe('America/New_York');
    expect(coverage).toEqual([{from: '2026-11-22', to: '2026-11-28'}]);
    expect(misses).toEqual([]);
    expect(events).toHaveLength(13);
    expect(events.some((e) => /task|birthday/i.test(e.title))).toBe(false);
    expect(new Set(events.map((e) => e.id)).size).toBe(13);
  });

  it('reads recurring instances from the event id, with time-zone-aware times', () => {
    const daily = byTitle('Daily catch-up: Dana / Jordan');
    expect(daily.map((e) => e.start)).toEqual(['2026-11-23T09:00:00-05:00', '2026-11-24T09:00:00-05:00', '2026-11-25T09:00:00-05:00', '2026-11-27T09:00:00-05:00']);
    expect(daily[0]).toMatchObject({id: 'dailycatchup7x2k_20261123T140000Z', seriesId: 'dailycatchup7x2k', recurring: true, end: '2026-11-23T09:15:00-05:00', calendarId: 'jordan@northwind.example', source: 'dom'});
    // Times come from the description's wall clock in the page's zone, never from the instance suffix (the original
    // start, which an exception may have moved; this fixture's suffix says 14:00Z where 09:00 CST is 15:00Z).
    expect(byTitle('Weekly sync')[0]).toMatchObject({recurring: true, seriesId: 'weeklysync3m8n', start: '2026-11-23T15:00:00-05:00'});
    expect(byTitle('Budget review')[0]).toMatchObject({recurring: false, organizer: 'Sam Lee', start: '2026-11-23T10:00:00-05:00', end: '2026-11-23T11:00:00-05:00'});
  });

  it('handles midnight crossing, commas in titles, declined and all-day events', () => {
    expect(byTitle('APAC vendor call')[0]).toMatchObject({start: '2026-11-24T23:30:00-05:00', end: '2026-11-25T00:30:00-05:00'});
    expect(byTitle('Q4 strategy review: hiring, onboarding & budget')[0]).toMatchObject({organizer: 'Dana Whitfield', calendarId: 'dana@northwind.example'});
    expect(byTitle('Lunch with Marco, Acme')[0]).toMatchObject({organizer: 'Marco Rossi'});
    expect(byTitle('Launch retro')[0]).toMatchObject({declined: true, calendarId: 'c_9a8b7c6d5e4f@group.calendar.google.com'});
    expect(byTitle('Launch retro')[0]!.organizer).toBeUndefined(); // "Calendar: Team" is a calendar, not a person
    expect(byTitle('Board prep week')[0]).toMatchObject({allDay: true, start: '2026-11-23', end: '2026-11-24'});
    expect(byTitle('Thanksgiving Day')[0]).toMatchObject({allDay: true, calendarId: 'en.usa#holiday@group.v.calendar.google.com'});
    expect(events.filter((e) => e.declined)).toHaveLength(1);
  });

  it('feeds the cadence coach: the page alone proves the daily and the 1:1, and cannot prove a monthly gap', () => {
    const targets = defaultTargets({executive: {email: 'dana@northwind.example', name: 'Dana Whitfield'}, directReports: [{email: 'priya@northwind.example', name: 'Priya Natarajan'}]});
    const results = computeCadence(events, coverage, targets, Date.parse('2026-11-25T12:00:00-05:00'), timeZone);
    const status = Object.fromEntries(results.map((r) => [r.targetId, r.status]));
    expect(status).toMatchObject({daily: 'ok', quarterly: 'ok', 'direct-report-priya-northwind-example': 'ok', monthly: 'unknown'});
    // 37 days back and a week of grace ahead (one more for Thanksgiving, read from the holiday calendar chip).
    expect(results.find((r) => r.targetId === 'monthly')!.unknownRange).toEqual({from: '2026-10-19', to: '2026-12-03'});
  });
});

describe('page and file readings of the same calendar', () => {
  it('share event ids, so merging them leaves one event per meeting', () => {
    const page = readVisibleEvents(loadFixture('calendar', 'week-en.html')).events;
    const ics = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'calendar', 'ics', 'ea-year.ics'), 'utf8');
    const file = parseIcs(ics, {from: '2026-11-22', to: '2026-11-28', timeZone: 'America/New_York'}).events;
    const merged = mergeEvents(file, page);
    const daily = merged.filter((e) => e.seriesId === 'dailycatchup7x2k');
    expect(daily.map((e) => e.id)).toEqual(['dailycatchup7x2k_20261123T140000Z', 'dailycatchup7x2k_20261124T140000Z', 'dailycatchup7x2k_20261125T140000Z', 'dailycatchup7x2k_20261127T140000Z']);
    expect(daily[0]).toMatchObject({source: 'dom', attendees: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}, {email: 'jordan@northwind.example', name: 'Jordan Avery'}]});
  });
});

describe('readVisibleEvents on the Japanese work week', () => {
  it('reads the same events as the English page from Japanese descriptions', () => {
    const english = readVisibleEvents(loadFixture('calendar', 'week-en.html'));
    const japanese = readVisibleEvents(loadFixture('calendar', 'week-ja.html'));
    expect(japanese.misses).toEqual([]);
    expect(japanese.coverage).toEqual([{from: '2026-11-23', to: '2026-11-27'}]);
    const pick = (e: (typeof english.events)[number]) => ({id: e.id, title: e.title, start: e.start, end: e.end, recurring: e.recurring, declined: e.declined});
    const timedEnglish = english.events.filter((e) => !e.allDay).map(pick);
    expect(japanese.events.map(pick)).toEqual(timedEnglish);
  });
});

describe('readVisibleEvents on chip variants', () => {
  const page = (chips: string, lang = 'en', zone = 'America/Chicago') => {
    document.documentElement.lang = lang;
    document.body.innerHTML = `<div id="xUserInfo"><div id="xTimezone">${zone}</div></div><div role="gridcell" data-datekey="29047">${chips}</div>`;
    return document;
  };
  const chip = (id: string, description: string, title = '', extra = '') =>
    `<div role="button" data-eventchip="" data-eventid="${b64(id)}" ${extra}><div class="XuJrye">${description}</div><div aria-hidden="true"><span class="I0UMhf">${title}</span></div></div>`;

  it('keeps an unreadable chip by its day and records the miss instead of guessing', () => {
    const result = readVisibleEvents(page(chip('fr1 me@m', 'de 13h00 à 14h30, Réunion budget, Jean, Aucun lieu, 23 novembre 2026', 'Réunion budget'), 'fr'));
    expect(result.misses).toEqual(['de 13h00 à 14h30, Réunion budget, Jean, Aucun lieu, 23 novembre 2026']);
    expect(result.events).toEqual([expect.objectContaining({id: 'fr1', title: 'Réunion budget', start: '2026-11-23', end: '2026-11-24', timesUnknown: true, allDay: false})]);
  });

  it('prefers aria-label, falls back to the column date when the description has none, and dedupes repeated chips', () => {
    const one = `<div role="button" data-eventchip="" data-eventid="${b64('a1 me@m')}" aria-label="9:30 AM to 10 AM, Standup, Organizer Name, Accepted, No location, Color: Grape"></div>`;
    const result = readVisibleEvents(page(one + one));
    expect(result.events).toEqual([expect.objectContaining({id: 'a1', title: 'Standup', start: '2026-11-23T09:30:00-06:00', end: '2026-11-23T10:00:00-06:00'})]);
  });

  it('cuts the time off a short chip\'s one-line title', () => {
    const short = `<div role="button" data-eventchip="" data-eventid="${b64('s1 me@m')}"><div class="XuJrye">nonsense</div><div aria-hidden="true"><div class="EWOIrf">Quick sync, 3pm</div></div></div>`;
    const result = readVisibleEvents(page(short));
    expect(result.events[0]).toMatchObject({title: 'Quick sync', timesUnknown: true});
  });

  it('sees a declined event struck through by a stylesheet class, as real pages do', () => {
    const style = '<style>.gone .I0UMhf { text-decoration-line: line-through; text-decoration: line-through; }</style>';
    // Japanese descriptions carry no RSVP, so only the style can tell.
    const html = style + chip('d1 me@m', '10:00～11:00、「予算」、山田、場所の指定なし、2026年 11月 23日', '予算', 'class="gone"');
    expect(readVisibleEvents(page(html, 'ja')).events[0]!.declined).toBe(true);
    expect(readVisibleEvents(page(html, 'ja'), {computedStyle: false}).events[0]!.declined).toBe(false);
    // English states the RSVP of every event you are a guest of; an event without one is yours and not declined.
    const english = style + chip('d2 me@m', '10am to 11am, Budget, Sam Lee, Declined, No location, November 23, 2026', 'Budget');
    expect(readVisibleEvents(page(english)).events[0]!.declined).toBe(true);
  });

  it('computes offsets per day across the fall-back change and uses the page time zone', () => {
    document.body.innerHTML = `<div id="xUserInfo"><div id="xTimezone">America/Chicago</div></div>
      <div role="gridcell" data-datekey="${(56 << 9) | (10 << 5) | 31}">${chip('b1 me@m', '9am to 10am, Before, X, No location, October 31, 2026', 'Before')}</div>
      <div role="gridcell" data-datekey="${(56 << 9) | (11 << 5) | 1}">${chip('a1 me@m', '9am to 10am, After, X, No location, November 1, 2026', 'After')}</div>`;
    document.documentElement.lang = 'en';
    const {events, coverage} = readVisibleEvents(document);
    expect(events.map((e) => e.start)).toEqual(['2026-10-31T09:00:00-05:00', '2026-11-01T09:00:00-06:00']);
    expect(coverage).toEqual([{from: '2026-10-31', to: '2026-11-01'}]);
  });

  it('reads month-view stacked chips (research/dom.md 3.6), their time in the description and the date from the cell', () => {
    const month = `<div role="gridcell" data-datekey="29047"><h2 class="XuJrye">2 events, Monday, November 23</h2>
      <div data-eventchip="" data-stacked-layout-chip-container="true" class="vEJ0bc Po94xd" data-eventid="N2txMm05YzRwMWE4czNkNWY2ZzBoMmo0azZfMjAyNjExMjNUMTUwMDAwWiBqYW5lQGV4YW1wbGUuY29t">
        <div role="button" data-stacked-layout-chip="true" class="KF4T6b smECzc" tabindex="0">
          <div class="XuJrye">3 to 3:30pm, Weekly sync, Jane Doe, No location, November 23, 2026</div>
          <div class="ZWOtn"><div class="VlNR9e"></div></div>
          <span aria-hidden="true" class="nHqeVd"><span class="DvyQhe">3pm</span><span class="WBi6vc">Weekly sync</span></span>
        </div></div></div>`;
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<div id="xUserInfo"><div id="xTimezone">America/New_York</div></div>${month}`;
    const {events, coverage, misses, partialDays} = readVisibleEvents(document);
    // The research's cell is an excerpt: its heading announces two events and it shows one, so the day is not
    // claimed as seen (the other might be the meeting a gap would be about).
    expect(misses).toEqual(['2026-11-23: 2 events announced, 1 on the page']);
    expect(partialDays).toEqual(['2026-11-23']);
    expect(coverage).toEqual([]);
    expect(events).toEqual([{
      id: '7kq2m9c4p1a8s3d5f6g0h2j4k6_20261123T150000Z', seriesId: '7kq2m9c4p1a8s3d5f6g0h2j4k6', calendarId: 'jane@example.com', title: 'Weekly sync',
      start: '2026-11-23T15:00:00-05:00', end: '2026-11-23T15:30:00-05:00', allDay: false, timeZone: 'America/New_York',
      recurring: true, cancelled: false, declined: false, organizer: 'Jane Doe', source: 'dom',
    }]);
  });

});
