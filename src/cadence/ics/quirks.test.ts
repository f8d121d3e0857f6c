// Exporters' quirks, one fixture each (tests/fixtures/calendar/ics/quirks/, each naming the quirk and where it was
// reported). Expected values are worked out by hand from the file, not read back from the code.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseIcs, type IcsResult} from './parse.ts';
import {expand, starts} from './test-calendar.ts';

const quirk = (name: string, from: string, to: string, timeZone: string): IcsResult =>
  parseIcs(readFileSync(join(process.cwd(), 'tests/fixtures/calendar/ics/quirks', name), 'utf8'), {from, to, timeZone});
const byUid = (r: IcsResult, uid: string) => r.events.filter((e) => e.uid === uid);

describe('exporter quirks', () => {
  it('events without UID are kept, with stable ids derived from their content; identical ones both kept', () => {
    const r = quirk('no-uid.ics', '2026-11-01', '2026-11-30', 'UTC');
    expect(r.events.map((e) => e.title)).toEqual(['Standup', 'Standup', 'Standup', 'Dentist', 'Dentist']);
    expect(new Set(r.events.map((e) => e.id)).size).toBe(5);
    expect(r.events[3]!.id).toMatch(/^ics-[0-9a-f]+$/);
    expect(r.events[4]!.id).toBe(`${r.events[3]!.id}-2`);
    expect(r.events[1]!.id).toBe(`${r.events[0]!.seriesId}_20261103T150000Z`);
    expect(quirk('no-uid.ics', '2026-11-01', '2026-11-30', 'UTC').events.map((e) => e.id)).toEqual(r.events.map((e) => e.id));
  });

  it('RANGE=THISANDFUTURE moves, shortens and retitles every later instance', () => {
    const r = quirk('this-and-future.ics', '2026-11-01', '2026-11-30', 'Europe/London');
    expect(r.events.map((e) => `${e.start.slice(5, 16)} ${e.end.slice(11, 16)} ${e.title}`)).toEqual([
      '11-02T09:00 10:00 Ops review', '11-06T09:00 10:00 Ops review', '11-09T09:00 10:00 Ops review',
      '11-13T11:00 11:30 Ops review (new slot)', '11-16T11:00 11:30 Ops review (new slot)', '11-20T11:00 11:30 Ops review (new slot)',
      '11-23T11:00 11:30 Ops review (new slot)', '11-27T11:00 11:30 Ops review (new slot)',
    ]);
    // Ids keep naming the original instances, so a page view of the same series merges with them.
    expect(r.events[4]!.id).toBe('taf-1_20261116T090000Z');
  });

  it('EXDATE and RECURRENCE-ID written as DATE where the series is timed, and the reverse', () => {
    const r = quirk('mixed-date-types.ics', '2026-01-01', '2026-04-30', 'Europe/Vienna');
    expect(byUid(r, 'timed-exdate-date').map((e) => e.start.slice(0, 10))).toEqual(['2026-03-01', '2026-03-08', '2026-03-22', '2026-04-05']);
    expect(byUid(r, 'allday-exdate-datetime').map((e) => e.start)).toEqual(['2026-02-16', '2026-02-17', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22']);
    const planning = byUid(r, 'rid-as-date');
    expect(planning.map((e) => [e.start, e.title])).toEqual([
      ['2026-03-02T14:00:00-05:00', 'Planning'], ['2026-03-10T16:00:00-04:00', 'Planning (moved)'],
      ['2026-03-16T14:00:00-04:00', 'Planning'], ['2026-03-23T14:00:00-04:00', 'Planning'],
    ]);
    expect(planning[1]!.id).toBe('rid-as-date_20260309T180000Z'); // the instance it replaced (14:00 EDT)
    expect(byUid(r, 'rid-floating').map((e) => e.title)).toEqual(['Call with Sydney', 'Call with Sydney (late)', 'Call with Sydney']);
    expect(byUid(r, 'rid-other-zone').map((e) => [e.start.slice(5, 16), e.title])).toEqual([
      ['04-08T11:00', 'Test event'], ['04-10T11:00', 'Test event'], ['04-14T15:00', 'Modified test event'], ['04-16T11:00', 'Test event'],
    ]);
    expect(byUid(r, 'allday-rdate').map((e) => e.start)).toEqual(['2026-01-05', '2026-01-20', '2026-02-20', '2026-03-02']);
    expect(r.warnings).toEqual([]);
  });

  it('one bad value skips its event with a reason; dates without VALUE=DATE and times without seconds are read', () => {
    const r = quirk('bad-values.ics', '2026-11-01', '2026-11-30', 'UTC');
    expect(r.events.map((e) => [e.uid, e.start, e.end])).toEqual([
      ['good-1', '2026-11-03T15:00:00+00:00', '2026-11-03T16:00:00+00:00'],
      ['date-without-value', '2026-11-05', '2026-11-06'],
      ['no-seconds', '2026-11-06T15:00:00+00:00', '2026-11-06T15:30:00+00:00'],
    ]);
    expect(r.read).toBe(8);
    expect(r.skipped).toEqual({'bad-value': 2, 'bad-rule': 2, 'no-start': 1});
    expect(r.warnings.join('\n')).toMatch(/bad-month: invalid date "20261303T150000Z"/);
    expect(r.warnings.join('\n')).toMatch(/bad-freq: unknown FREQ=FORTNIGHTLY/);
  });

  it('time zones: X-WR-TIMEZONE for floating times, UNTIL in UTC, Windows names, prefixed and labelled TZIDs', () => {
    const r = quirk('zones.ics', '2026-10-01', '2026-11-30', 'Asia/Tokyo');
    const start = (uid: string) => byUid(r, uid).map((e) => e.start);
    expect(start('floating')).toEqual(['2026-11-04T12:00:00+09:00']);
    expect(start('allday')).toEqual(['2026-11-03']);
    // UNTIL 08:00Z is 09:00 in Berlin on 2 November: that instance is the last one, not dropped.
    expect(start('until-utc').at(-1)).toBe('2026-11-02T09:00:00+01:00');
    expect(start('until-utc')).toHaveLength(5);
    expect(byUid(r, 'windows')[0]).toMatchObject({start: '2026-11-04T09:00:00-08:00', timeZone: 'America/Los_Angeles'});
    expect(byUid(r, 'mozilla')[0]).toMatchObject({start: '2026-11-04T09:00:00+01:00', timeZone: 'Europe/Paris'});
    expect(start('label')).toEqual(['2026-11-04T17:00:00+09:00']); // 09:00 at +01:00, by the file's own VTIMEZONE
    expect(r.warnings).toEqual(['unknown time zone "Mars/Olympus_Mons": read in Asia/Tokyo']);
    // Floating times follow the calendar's zone, not the user's.
    expect(quirk('zones.ics', '2026-11-01', '2026-11-30', 'Europe/Berlin').events.find((e) => e.uid === 'floating')!.start).toBe('2026-11-04T12:00:00+09:00');
  });

  it('two RRULEs, DURATION in days across DST, an end before its start, a series from 1990, and re-exported versions', () => {
    const r = quirk('series-shapes.ics', '2026-10-25', '2026-11-13', 'America/New_York');
    expect(byUid(r, 'two-rules').map((e) => e.start.slice(0, 10))).toEqual(['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12']);
    expect(byUid(r, 'duration-days')[0]).toMatchObject({start: '2026-10-30T09:00:00-04:00', end: '2026-11-02T09:00:00-05:00'});
    expect(byUid(r, 'end-before-start')[0]).toMatchObject({start: '2026-11-05T12:00:00-05:00', end: '2026-11-05T12:00:00-05:00'});
    expect(r.warnings).toContain('event end-before-start: ends before it starts; read as no length');
    expect(byUid(r, 'since-1990')).toHaveLength(15); // weekdays from 26 October to 13 November
    expect(byUid(r, 'birthday').map((e) => e.start)).toEqual(['2026-11-06']);
    // The newer master (SEQUENCE 2) wins and its EXDATE removes the older moved instance.
    expect(byUid(r, 'edited').map((e) => [e.start.slice(5, 10), e.title])).toEqual([['11-02', 'New version'], ['11-03', 'New version'], ['11-05', 'New version'], ['11-06', 'New version']]);
  });

  it('a UTC series in a calendar that declares its zone repeats at that zone’s wall-clock time (X-WR-TIMEZONE)', () => {
    const series = `
BEGIN:VEVENT
UID:utc-weekly
DTSTART:20261019T070000Z
DURATION:PT1H
RRULE:FREQ=WEEKLY;COUNT=3
END:VEVENT`;
    const window = {from: '2026-10-01', to: '2026-11-30', timeZone: 'Europe/Berlin'};
    const declared = expand(series, {...window, head: 'X-WR-TIMEZONE:Europe/Berlin'});
    expect(declared.events.map((e) => e.start)).toEqual(['2026-10-19T09:00:00+02:00', '2026-10-26T09:00:00+01:00', '2026-11-02T09:00:00+01:00']);
    // Without the declaration the RFC holds: the series repeats at 07:00 UTC, 08:00 in Berlin after the change.
    expect(expand(series, window).events.map((e) => e.start)).toEqual(['2026-10-19T09:00:00+02:00', '2026-10-26T08:00:00+01:00', '2026-11-02T08:00:00+01:00']);
  });

  it('UNTIL in the forms files mix, read as dateutil-based tools read them', () => {
    const r = expand(`
BEGIN:VEVENT
UID:zoned-date-until
DTSTART;TZID=America/New_York:20261102T090000
RRULE:FREQ=DAILY;UNTIL=20261104
END:VEVENT
BEGIN:VEVENT
UID:floating-utc-until
DTSTART:20261102T090000
RRULE:FREQ=DAILY;UNTIL=20261104T090000Z
END:VEVENT
BEGIN:VEVENT
UID:allday-datetime-until
DTSTART;VALUE=DATE:20261102
RRULE:FREQ=DAILY;UNTIL=20261104T230000Z
END:VEVENT`, {from: '2026-11-01', to: '2026-11-30', timeZone: 'America/New_York'});
    const days = (uid: string) => starts({...r, events: r.events.filter((e) => e.uid === uid)}).map((s) => s.slice(0, 10));
    expect(days('zoned-date-until')).toEqual(['2026-11-02', '2026-11-03']); // 09:00 on the 4th is past 00:00 UTC
    expect(days('floating-utc-until')).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']); // digits against digits
    expect(days('allday-datetime-until')).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']); // only its date counts
  });

  it('a period RDATE that begins before the window and lasts into it is kept, with its own length', () => {
    const r = expand(`
BEGIN:VEVENT
UID:long-rdate
DTSTART:20260101T090000Z
DURATION:PT1H
RDATE;VALUE=PERIOD:20261025T090000Z/P10D
END:VEVENT`, {from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC'});
    expect(r.events.map((e) => [e.start, e.end])).toEqual([['2026-10-25T09:00:00+00:00', '2026-11-04T09:00:00+00:00']]);
  });

  it('an empty file and a calendar without events are told apart from a broken one', () => {
    expect(() => parseIcs('', {from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC'})).toThrow(/empty/);
    expect(() => parseIcs('  \r\n', {from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC'})).toThrow(/empty/);
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', {from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC'})).toThrow(/no events/);
  });
});
