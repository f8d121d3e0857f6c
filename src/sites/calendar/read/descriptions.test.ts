import {describe, expect, it} from 'vitest';
import {decodeDateKey, decodeEventId, isNotAMeeting} from './attributes.ts';
import {parseEnglishDescription as en} from './describe-en.ts';
import {parseJapaneseDescription as ja} from './describe-ja.ts';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '');

describe('chip attributes', () => {
  it('decodes bit-packed data-datekey (and the full-year variant)', () => {
    expect(decodeDateKey('28975')).toBe('2026-09-15');
    expect(decodeDateKey('29047')).toBe('2026-11-23');
    expect(decodeDateKey(String((2026 << 9) | (11 << 5) | 23))).toBe('2026-11-23');
    expect(decodeDateKey('20261123')).toBe('2026-11-23'); // the YYYYMMDD reading one scraper assumed
    expect(decodeDateKey('99999999')).toBeNull();
    expect(decodeDateKey('0')).toBeNull();
    expect(decodeDateKey('abc')).toBeNull();
    expect(decodeDateKey(null)).toBeNull();
  });

  it('decodes data-eventid: id, recurring instance, calendar; padding stripped', () => {
    expect(decodeEventId(b64('7kq2m9c4p1a8s3d5f6g0h2j4k6 jane@example.com'))).toEqual({id: '7kq2m9c4p1a8s3d5f6g0h2j4k6', calendarId: 'jane@example.com'});
    expect(decodeEventId(b64('n17t3dbrekq5om2hj91t4pjefk_20221013T210000Z mail@example.com'))).toEqual({
      id: 'n17t3dbrekq5om2hj91t4pjefk_20221013T210000Z', seriesId: 'n17t3dbrekq5om2hj91t4pjefk', instance: '20221013T210000Z', calendarId: 'mail@example.com',
    });
    expect(decodeEventId(b64('offsite_20261123 c_1@group.calendar.google.com'))).toMatchObject({seriesId: 'offsite', instance: '20261123'});
    expect(decodeEventId(b64('20261126_thanksgiving en.usa#holiday@group.v.calendar.google.com'))?.seriesId).toBeUndefined();
    expect(decodeEventId('!!!not base64')).toBeNull();
    expect(decodeEventId(b64('\u0001\u0002binary'))).toBeNull();
    expect(isNotAMeeting('tasks_a1b2')).toBe(true);
    expect(isNotAMeeting('bday_cHJpeWE')).toBe(true);
    expect(isNotAMeeting(b64('x me@m'))).toBe(false);
  });

  it('knows every form a task takes: tasks. and tasks_ (older UI), ttb_<base64> (new UI), and a prefixed id once decoded', () => {
    expect(isNotAMeeting('tasks.SzhnUmlaa2lmX3FxREdJOA')).toBe(true);
    expect(isNotAMeeting('tasks_qoJszifuNjB8Qd2l')).toBe(true);
    // The new UI's raw attribute: "ttb_" then base64 of "<event id> <calendar>" (ColorKit's console, 2025-12).
    const ttb = `ttb_${b64('114de1rm6uri7tere1shad7ggh jordan@northwind.example')}`;
    expect(isNotAMeeting(ttb)).toBe(true);
    expect(isNotAMeeting(b64('ttb_114de1rm6uri7 jordan@northwind.example'))).toBe(true);
    expect(isNotAMeeting(b64('tasks_a1b2 jordan@northwind.example'))).toBe(true);
    // A meeting whose id merely contains the words is still a meeting.
    expect(isNotAMeeting(b64('mytasks_review jordan@northwind.example'))).toBe(false);
    expect(isNotAMeeting(b64('sttb_sync jordan@northwind.example'))).toBe(false);
  });
});

describe('English descriptions', () => {
  it('reads the full grammar with a guest RSVP and a location holding commas', () => {
    expect(en('2:30pm to 4:30pm, Test, Bruce He, Accepted, Location: Dadford, Buckingham MK18, UK, October 11, 2022')).toEqual({
      allDay: false, start: {hour: 14, minute: 30}, end: {hour: 16, minute: 30}, startDay: '2022-10-11',
      title: 'Test', organizer: 'Bruce He', rsvp: 'accepted', location: 'Dadford, Buckingham MK18, UK', rsvpStated: true,
    });
  });

  it('lets the start borrow the end meridiem ("1 to 2pm") and reads 24-hour clocks', () => {
    expect(en('1 to 2pm, Sync, Jane Doe, No location, November 23, 2026')).toMatchObject({start: {hour: 13, minute: 0}, end: {hour: 14, minute: 0}});
    expect(en('3 to 3:30pm, Weekly sync, Jane Doe, No location, November 23, 2026')).toMatchObject({start: {hour: 15, minute: 0}, end: {hour: 15, minute: 30}});
    expect(en('11am to 12pm, Lunch, Jane Doe, No location, November 23, 2026')).toMatchObject({start: {hour: 11, minute: 0}, end: {hour: 12, minute: 0}});
    expect(en('13:00 to 14:30, Board, Jane Doe, No location, November 23, 2026')).toMatchObject({start: {hour: 13, minute: 0}, end: {hour: 14, minute: 30}});
    expect(en('9:30 AM to 10 AM, Meeting Name, Organizer Name, Accepted, No location, Color: Grape')).toMatchObject({
      start: {hour: 9, minute: 30}, end: {hour: 10, minute: 0}, title: 'Meeting Name', organizer: 'Organizer Name', rsvp: 'accepted',
    });
  });

  it('reads midnight-crossing ranges, 12am and zero-padded days', () => {
    expect(en('11:30pm to 12:30am, APAC call, Marco Rossi, Needs RSVP, Location: Google Meet, November 24, 2026')).toMatchObject({
      start: {hour: 23, minute: 30}, end: {hour: 0, minute: 30}, startDay: '2026-11-24', rsvp: 'needs-rsvp', location: 'Google Meet',
    });
    expect(en('3:35pm to 4pm, Penn & Teller, Calendar: Some Name, Accepted, No location, February 01, 2021')).toMatchObject({
      startDay: '2021-02-01', calendarName: 'Some Name', title: 'Penn & Teller',
    });
  });

  it('keeps commas in titles: with the visible title, and by taking the organizer as the last field', () => {
    const text = '12pm to 1pm, Lunch with Marco, Acme, Marco Rossi, Maybe, Location: Café Roma, 5th Ave, November 27, 2026';
    expect(en(text)).toMatchObject({title: 'Lunch with Marco, Acme', organizer: 'Marco Rossi', rsvp: 'maybe', location: 'Café Roma, 5th Ave'});
    expect(en(text, 'Lunch with Marco, Acme')?.title).toBe('Lunch with Marco, Acme');
    expect(en('10am to 11am, Solo focus time, Jane Doe, No location, November 23, 2026', 'Solo focus time')).toMatchObject({title: 'Solo focus time', organizer: 'Jane Doe'});
  });

  it('reads all-day and multi-day forms, and normalises NBSP and dashes', () => {
    expect(en('All day, Offsite, Jane Doe, No location, November 23, 2026')).toMatchObject({allDay: true, startDay: '2026-11-23', title: 'Offsite'});
    expect(en('January 4, 2024 at 10pm to January 5, 2024 at 1:15am, The event text, Time Tracking, No location, ')).toMatchObject({
      allDay: false, startDay: '2024-01-04', endDay: '2024-01-05', start: {hour: 22, minute: 0}, end: {hour: 1, minute: 15}, title: 'The event text',
    });
    expect(en('November 23, 2026 to November 25, 2026, Conference, Jane Doe, No location')).toMatchObject({allDay: true, startDay: '2026-11-23', endDay: '2026-11-25'});
    expect(en('10am\u00a0to\u202f11am, Budget\u2013review, Sam Lee, No location, November 23, 2026')?.title).toBe('Budget-review');
  });

  it('returns null for text it cannot read, rather than guessing', () => {
    expect(en('de 13h00 à 14h30, Réunion, Jean, Aucun lieu, 23 novembre 2026')).toBeNull();
    expect(en('25pm to 26pm, Nope, X, No location, November 23, 2026')).toBeNull();
    expect(en('task: File expenses, Not completed, November 23, 2026')).toBeNull();
  });
});

describe('Japanese descriptions', () => {
  it('reads the 24-hour form with full-width separators', () => {
    expect(ja('18:00～19:00、「打ち合わせ（仮）」、山田太郎、場所の指定なし、2026年 9月 15日')).toEqual({
      allDay: false, start: {hour: 18, minute: 0}, end: {hour: 19, minute: 0}, startDay: '2026-09-15', title: '打ち合わせ（仮）', organizer: '山田太郎',
    });
  });

  it('reads 午前/午後 clocks, a calendar name, a location, all-day and a title with 、', () => {
    expect(ja('午前9時～午後12時、「Project Planning」、カレンダー: 営業、2026年 11月 23日')).toMatchObject({start: {hour: 9, minute: 0}, end: {hour: 12, minute: 0}, calendarName: '営業'});
    expect(ja('午後11時30分～午前0時30分、「APAC」、Marco、場所: Google Meet、2026年 11月 24日')).toMatchObject({start: {hour: 23, minute: 30}, end: {hour: 0, minute: 30}, location: 'Google Meet'});
    expect(ja('終日、「社外研修」、2026年 11月 23日')).toMatchObject({allDay: true, startDay: '2026-11-23', title: '社外研修'});
    expect(ja('10:00〜11:00、「予算、人事」、山田、場所の指定なし、2026年 11月 23日', '予算、人事')).toMatchObject({title: '予算、人事', organizer: '山田'});
    expect(ja('朝会, 10時00分 〜 10時30分')).toBeNull();
  });

  it('reads the multi-day form, both dates inside the range (research/dom-crosscheck.md), timed and all-day', () => {
    expect(ja('2026年 1月 11日 午後11時～2026年 1月 12日 午前4:30、「夜行便」、山田太郎、場所の指定なし')).toEqual({
      allDay: false, startDay: '2026-01-11', endDay: '2026-01-12', start: {hour: 23, minute: 0}, end: {hour: 4, minute: 30}, title: '夜行便', organizer: '山田太郎',
    });
    expect(ja('2026年 12月 2日～2026年 12月 4日、「Leadership summit, London」、Dana Whitfield')).toMatchObject({
      allDay: true, startDay: '2026-12-02', endDay: '2026-12-04', title: 'Leadership summit, London',
    });
    // A clock on one end only is no form we know: null, so the caller records a miss.
    expect(ja('2026年 12月 2日 午後11時～2026年 12月 4日、「x」')).toBeNull();
    expect(ja('2026年 13月 2日～2026年 12月 4日、「x」')).toBeNull();
  });
});
