import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {computeCadence} from './compute.ts';
import {parseIcs} from './ics.ts';
import {guessPeople} from './people.ts';
import {defaultTargets} from './targets.ts';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests', 'fixtures', 'calendar', 'ics', name), 'utf8');
const ZONE = 'America/New_York';
const year = parseIcs(fixture('ea-year.ics'), {from: '2025-11-23', to: '2027-02-28', timeZone: ZONE, self: 'dana@northwind.example'});
const inWindow = (from: string, to: string) => parseIcs(fixture('ea-year.ics'), {from, to, timeZone: ZONE, self: 'dana@northwind.example'}).events;

describe('parseIcs: expansion', () => {
  it('expands series inside the window with Google-compatible instance ids', () => {
    const week = inWindow('2026-11-16', '2026-11-22');
    const daily = week.filter((e) => e.seriesId === 'dailycatchup7x2k');
    expect(daily.map((e) => e.id)).toEqual(['16', '17', '18', '19', '20'].map((d) => `dailycatchup7x2k_202611${d}T140000Z`));
    expect(daily[0]).toMatchObject({uid: 'dailycatchup7x2k@google.com', recurring: true, source: 'ics', attendees: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}, {email: 'jordan@northwind.example', name: 'Jordan Avery'}], organizer: 'Jordan Avery'});
    expect(year.warnings).toEqual([]);
  });

  it('applies RECURRENCE-ID exceptions (moved, retitled) and marks cancelled instances', () => {
    const week = inWindow('2026-11-16', '2026-11-22');
    expect(week.find((e) => e.id === 'dailycatchup7x2k_20261118T140000Z')).toMatchObject({start: '2026-11-18T10:30:00-05:00', end: '2026-11-18T10:45:00-05:00', title: 'Daily catch-up: Dana / Jordan (moved)', description: 'Moved for the board call.'});
    expect(week.find((e) => e.id === 'dailycatchup7x2k_20261120T140000Z')).toMatchObject({cancelled: true});
    expect(inWindow('2026-11-09', '2026-11-09').find((e) => e.seriesId === 'weeklysync3m8n')).toMatchObject({cancelled: true});
  });

  it('drops EXDATEs (the holiday week and Thanksgiving)', () => {
    expect(inWindow('2026-07-06', '2026-07-10').filter((e) => e.seriesId === 'dailycatchup7x2k')).toEqual([]);
    expect(inWindow('2026-11-26', '2026-11-26').map((e) => e.title)).toEqual(['Thanksgiving (office closed)']);
  });

  it('keeps wall-clock times across both DST changes, with the right offsets', () => {
    const march = inWindow('2026-03-06', '2026-03-09').filter((e) => e.seriesId === 'dailycatchup7x2k');
    expect(march.map((e) => e.start)).toEqual(['2026-03-06T09:00:00-05:00', '2026-03-09T09:00:00-04:00']);
    expect(march.map((e) => e.id)).toEqual(['dailycatchup7x2k_20260306T140000Z', 'dailycatchup7x2k_20260309T130000Z']);
    const november = inWindow('2026-10-30', '2026-11-02').filter((e) => e.seriesId === 'dailycatchup7x2k');
    expect(november.map((e) => e.start)).toEqual(['2026-10-30T09:00:00-04:00', '2026-11-02T09:00:00-05:00']);
  });

  it('reads all-day events, UTC times, declined RSVPs and empty descriptions', () => {
    expect(year.events.find((e) => e.uid === 'summer-holiday@northwind.example')).toMatchObject({allDay: true, start: '2026-07-06', end: '2026-07-11'});
    expect(year.events.find((e) => e.uid === 'apac-late@northwind.example')).toMatchObject({start: '2026-11-24T23:30:00-05:00', end: '2026-11-25T00:30:00-05:00', declined: false});
    expect(year.events.find((e) => e.uid === 'qbr-dry-run@northwind.example')).toMatchObject({declined: true});
    expect(year.events.find((e) => e.uid === 'boardprep@northwind.example')!.description).toBe('');
    expect(year.coverage).toEqual([{from: '2025-11-23', to: '2027-02-28'}]);
  });

  it('maps Windows TZIDs to IANA zones, reads floating times in the user zone, and keeps events without UID', () => {
    const r = parseIcs(fixture('outlook-zones.ics'), {from: '2026-10-01', to: '2026-11-30', timeZone: 'Europe/Berlin'});
    const weekly = r.events.filter((e) => e.recurring);
    // Europe's change is 25 October: 09:00 local is 07:00Z before and 08:00Z after.
    expect(weekly.map((e) => [e.id.slice(-16), e.start])).toEqual([
      ['20261019T070000Z', '2026-10-19T09:00:00+02:00'], ['20261026T080000Z', '2026-10-26T09:00:00+01:00'], ['20261102T080000Z', '2026-11-02T09:00:00+01:00'],
    ]);
    expect(r.events.find((e) => e.uid === 'floating-lunch')!.start).toBe('2026-10-21T12:00:00+02:00');
    expect(r.events.find((e) => e.uid === 'offsite-allday')).toMatchObject({allDay: true, start: '2026-10-22', end: '2026-10-24'});
    // No UID: kept, with an id derived from its content (stable across imports).
    const noUid = r.events.find((e) => e.title === 'No uid here')!;
    expect(noUid.id).toMatch(/^ics-[0-9a-f]{14}$/);
    expect(parseIcs(fixture('outlook-zones.ics'), {from: '2026-10-01', to: '2026-11-30', timeZone: 'Europe/Berlin'}).events.find((e) => e.title === 'No uid here')!.id).toBe(noUid.id);
    expect(r.warnings).toEqual([]);
  });
});

describe('a year of the EA calendar through the cadence coach', () => {
  const people = guessPeople(year.events)!;

  it('guesses the executive by distinct meetings and the direct reports from 1:1s', () => {
    expect(people.executive).toEqual({email: 'dana@northwind.example', name: 'Dana Whitfield'});
    expect(people.directReports.map((p) => p.email).sort()).toEqual(['marco@northwind.example', 'priya@northwind.example']);
  });

  it('gives every target a status on 23 November 2026', () => {
    const results = computeCadence(year.events, year.coverage, defaultTargets(people), Date.parse('2026-11-23T12:00:00-05:00'), ZONE);
    const by = Object.fromEntries(results.map((r) => [r.targetId, r]));
    expect(by.daily).toMatchObject({status: 'ok', lastHeld: '2026-11-23T09:00:00-05:00'});
    expect(by.weekly).toMatchObject({status: 'ok', lastHeld: '2026-11-16T14:00:00-05:00', nextScheduled: '2026-11-23T14:00:00-05:00'});
    expect(by.monthly).toMatchObject({status: 'overdue', lastHeld: '2026-09-01T10:00:00-04:00'});
    expect(by.quarterly).toMatchObject({status: 'due-soon', lastHeld: '2026-08-20T13:00:00-04:00'}); // the declined dry run does not count
    // 182 days after 15 June, plus the seven weekdays of the summer week and Thanksgiving.
    expect(by['half-yearly']).toMatchObject({status: 'ok', dueDay: '2026-12-21'});
    expect(by['direct-report-priya-northwind-example']).toMatchObject({status: 'ok'});
    expect(by['direct-report-marco-northwind-example']).toMatchObject({status: 'overdue', lastHeld: '2026-09-10T11:00:00-04:00'});
  });

  it('the summer holiday week keeps the weekly catch-up on time', () => {
    const results = computeCadence(year.events, year.coverage, defaultTargets(people), Date.parse('2026-07-13T12:00:00-04:00'), ZONE);
    expect(results.find((r) => r.targetId === 'weekly')).toMatchObject({status: 'ok', lastHeld: '2026-06-29T14:00:00-04:00', nextScheduled: '2026-07-13T14:00:00-04:00'});
    const early = Date.parse('2026-07-13T08:00:00-04:00');
    const withoutMonday = year.events.filter((e) => !['dailycatchup7x2k_20260713T130000Z', 'dailycatchup7x2k_20260714T130000Z'].includes(e.id));
    const daily = defaultTargets(people).filter((t) => t.id === 'daily');
    expect(computeCadence(year.events, year.coverage, daily, early, ZONE)[0]).toMatchObject({status: 'ok', lastHeld: '2026-07-03T09:00:00-04:00'});
    expect(computeCadence(withoutMonday, year.coverage, daily, early, ZONE)[0]).toMatchObject({status: 'due-soon', dueDay: '2026-07-13'});
  });
});

describe('parseIcs: edge cases', () => {
  const wrap = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${body.trim().split('\n').join('\r\n')}\r\nEND:VCALENDAR\r\n`;
  const window = {from: '2026-11-01', to: '2026-11-30', timeZone: 'America/Chicago'};

  it('expands a series that began years before the window, honours DURATION and a missing DTEND', () => {
    const r = parseIcs(wrap(`
BEGIN:VEVENT
UID:old-weekly
SUMMARY:Weekly catch-up
DTSTART;TZID=America/Chicago:20200106T080000
DURATION:PT45M
RRULE:FREQ=WEEKLY;BYDAY=MO
END:VEVENT
BEGIN:VEVENT
UID:marker
SUMMARY:Offsite
DTSTART;VALUE=DATE:20261111
END:VEVENT`), window);
    const weekly = r.events.filter((e) => e.uid === 'old-weekly');
    expect(weekly.map((e) => e.start)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'].map((d) => `${d}T08:00:00-06:00`));
    expect(weekly[0]!.end).toBe('2026-11-02T08:45:00-06:00');
    expect(r.events.find((e) => e.uid === 'marker')).toMatchObject({allDay: true, start: '2026-11-11', end: '2026-11-12'});
  });

  it('keeps a moved instance whose series is not in the file, and a whole cancelled series', () => {
    const r = parseIcs(wrap(`
BEGIN:VEVENT
UID:orphan
RECURRENCE-ID:20261105T150000Z
SUMMARY:Monthly goals (moved)
DTSTART:20261106T150000Z
DTEND:20261106T160000Z
END:VEVENT
BEGIN:VEVENT
UID:gone
SUMMARY:Daily catch-up
STATUS:CANCELLED
DTSTART;TZID=America/Chicago:20261102T090000
DTEND;TZID=America/Chicago:20261102T091500
RRULE:FREQ=DAILY;COUNT=2
END:VEVENT`), window);
    expect(r.events.find((e) => e.uid === 'orphan')).toMatchObject({id: 'orphan_20261105T150000Z', recurring: true, start: '2026-11-06T09:00:00-06:00'});
    expect(r.events.filter((e) => e.uid === 'gone').map((e) => e.cancelled)).toEqual([true, true]);
  });

  it('rejects text that is not iCalendar', () => {
    expect(() => parseIcs('hello', window)).toThrow(/not an iCalendar file/);
    expect(() => parseIcs('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nEND:VCARD\r\n', window)).toThrow(/not an iCalendar file/);
  });
});
