import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {computeRadar, defaultRadarSettings, type OwedItem} from '../radar/index.ts';
import {words} from '../shared/stored-text.ts';
import {workingHoursBetween} from '../shared/zoned-time.ts';
import {syncRadarNudges} from './radar-nudges.ts';

const db = useTempDb();
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-03T15:00:00Z'); // a Thursday
const TZ = 'America/Chicago';
const week = {start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5]};
const ask: OwedItem = {id: 'a1', direction: 'asked-of-me', email: 'kim@acme.example', name: 'Kim', sentence: 'Could you confirm the venue?', at: NOW - 2 * DAY, dueAt: null, threadId: 't1', messageId: 'm1', status: 'open'};
const promise: OwedItem = {...ask, id: 'p1', direction: 'promised-to-me', sentence: 'I will send the contract on Monday.', dueAt: NOW - DAY};
const radarWith = (items: OwedItem[], lastContact: number) => computeRadar({
  people: [{email: 'kim@acme.example', name: 'Kim Ito', group: 'external', addedAt: 0}], items, now: NOW, settings: defaultRadarSettings,
  contacts: [{email: 'kim@acme.example', at: lastContact, kind: 'sent'}], workingHoursBetween: (from, to) => workingHoursBetween(from, to, week, TZ),
});

describe('radar nudges', () => {
  it('come for a key person gone quiet, an ask left waiting, a promise past its day; once each', async () => {
    expect(await syncRadarNudges(db(), radarWith([ask, promise], NOW - 20 * DAY), NOW, TZ)).toBe(3);
    expect(await syncRadarNudges(db(), radarWith([ask, promise], NOW - 20 * DAY), NOW, TZ)).toBe(0);
    const nudges = await db().nudges.toArray();
    expect(nudges.map((nudge) => [nudge.kind, words(nudge.title)]).sort()).toEqual([
      ['ask-waiting', 'Kim Ito is waiting for an answer'],
      ['keep-in-touch', 'Time to get in touch with Kim Ito'],
      ['promise-overdue', 'Kim Ito promised this for Wed, Dec 2: follow up?'],
    ]);
    expect(nudges.find((nudge) => nudge.kind === 'keep-in-touch')!.link).toBe('https://mail.google.com/mail/?view=cm&fs=1&to=kim%40acme.example');
  });

  it('resolve when their reason goes: a contact, a reply, a delivery', async () => {
    await syncRadarNudges(db(), radarWith([ask, promise], NOW - 20 * DAY), NOW, TZ);
    expect(await syncRadarNudges(db(), radarWith([], NOW - DAY), NOW, TZ)).toBe(3);
    expect((await db().nudges.toArray()).every((nudge) => nudge.status === 'done')).toBe(true);
  });

  it('leave an ask alone until it has waited the group\'s working hours', async () => {
    await syncRadarNudges(db(), radarWith([{...ask, at: NOW - 3_600_000}], NOW - DAY), NOW, TZ);
    expect(await db().nudges.count()).toBe(0);
  });
});

describe('working hours between two instants', () => {
  it('count only the working window of working days', () => {
    const friday5pm = Date.parse('2026-11-27T23:00:00Z'); // 17:00 in Chicago
    const monday10am = Date.parse('2026-11-30T16:00:00Z');
    expect(workingHoursBetween(friday5pm, monday10am, week, TZ)).toBeCloseTo(1.5, 5);
    expect(workingHoursBetween(monday10am, friday5pm, week, TZ)).toBe(0);
    expect(workingHoursBetween(0, NOW, week, TZ, 40)).toBe(40);
  });
});
