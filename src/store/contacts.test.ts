import Dexie from 'dexie';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import type {CalendarEvent} from '../cadence/index.ts';
import {radarContacts, type ContactRow} from '../radar/index.ts';
import {defaultSettings} from '../settings/settings.ts';
import {importAll, parseExport} from './backup.ts';
import {storeCalendar, storeGuests} from './calendar.ts';
import {bookFromSources, contactBookMark, readRadarContacts, refreshContactBook, SETTLE_MS} from './contacts.ts';
import {RapportDb} from './db.ts';
import {takeInThread} from './owed-items.ts';
import {forgetSentMail, takeInSentMail} from './sent-mails.ts';
import {latestSchemaVersion} from './versions.ts';

const db = useTempDb();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-12-03T15:00:00Z');
const schedule = {...defaultSettings, timeZone: 'UTC'};
const isMine = (email: string) => email === 'me@n.example';

async function send(database: RapportDb, draftId: string, sentAt: number, recipients: string[], now: number) {
  const mail = {draftId, threadId: null, subject: 's', sentAt, recipients, commitments: [], sentences: [], hasAttachment: false};
  return takeInSentMail(database, {mail, unanswered: [], unansweredAt: now, toneDay: '2026-12-03', toneCounts: [], schedule, now});
}
async function readThread(database: RapportDb, messages: Array<{id: string; from: string; name: string; at: number}>, now: number) {
  const read = {threadId: 't', subject: 's', messages: messages.map((message) => ({messageId: message.id, from: {email: message.from, name: message.name}, to: [], at: message.at}))};
  return takeInThread(database, {read, found: [], latestSentences: [], isMine}, now);
}
/** A start as Calendar writes it: in the event's own offset (the index sorts these strings, not instants). */
function startAt(at: number, offsetHours: number): string {
  const local = new Date(at + offsetHours * HOUR).toISOString().slice(0, 19);
  const sign = offsetHours < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}
const meeting = (id: string, at: number, fields: Partial<CalendarEvent> = {}, offsetHours = 0): CalendarEvent => ({
  id, title: id, start: startAt(at, offsetHours), end: startAt(at + 30 * MINUTE, offsetHours), allDay: false, timeZone: 'UTC', recurring: false,
  cancelled: false, declined: false, source: 'dom', ...fields,
});
const byEmail = (rows: readonly ContactRow[]) => [...rows].sort((a, b) => a.email.localeCompare(b.email));

/** The kept book equals the one built from every source at its mark, when it claims to be current. */
async function expectBookMatchesSources(database: RapportDb): Promise<void> {
  const mark = await contactBookMark(database);
  if (!mark || mark.stale) return;
  expect(byEmail(await database.contacts.toArray())).toEqual(byEmail([...(await bookFromSources(database, mark.through)).values()]));
}

describe('the contact book kept in the store', () => {
  it('is brought up to the last minutes by the refresh, reading only what happened since its mark', async () => {
    await db().sentMails.bulkAdd([
      {draftId: 'd1', threadId: null, sentAt: NOW - 3 * DAY, recipients: ['Kim@Acme.example']},
      {draftId: 'd2', threadId: null, sentAt: NOW + DAY, recipients: ['kim@acme.example']},
    ]);
    expect(await refreshContactBook(db(), NOW)).toBe('built');
    expect(await contactBookMark(db())).toEqual({key: 'contacts', through: NOW - SETTLE_MS, stale: false});
    expect(await db().contacts.get('kim@acme.example')).toMatchObject({lastAt: NOW - 3 * DAY, sent: 1});
    expect(await refreshContactBook(db(), NOW)).toBe('current');
    // The scheduled send goes out: counted once its time has passed.
    expect(await refreshContactBook(db(), NOW + DAY + SETTLE_MS)).toBe('brought up');
    expect(await db().contacts.get('kim@acme.example')).toMatchObject({lastAt: NOW + DAY, sent: 2, sentOrMet: 2});
    await expectBookMatchesSources(db());
  });

  it('finds a meeting written in an offset a day behind UTC (events are indexed by their start as written)', async () => {
    const through = Date.parse('2026-12-03T02:00:00Z');
    await refreshContactBook(db(), through + SETTLE_MS);
    // 03:00 UTC on the 3rd is the 2nd at 17:00 in Honolulu: its start string sorts before the mark's day.
    await db().events.put(meeting('hawaii', through + HOUR, {attendees: [{email: 'kai@hi.example'}]}, -10));
    expect((await db().events.get('hawaii'))!.start).toBe('2026-12-02T17:00:00-10:00');
    expect(await refreshContactBook(db(), through + 2 * HOUR + SETTLE_MS)).toBe('brought up');
    expect(await db().contacts.get('kai@hi.example')).toMatchObject({met: 1, lastAt: through + HOUR});
  });

  it('takes in at once an old conversation opened after the refresh, and counts no message twice when it is opened again', async () => {
    await refreshContactBook(db(), NOW);
    const old = [{id: 'm1', from: 'kim@acme.example', name: 'Kim Ito', at: NOW - 30 * DAY}, {id: 'm2', from: 'me@n.example', name: 'Me', at: NOW - 29 * DAY}];
    await readThread(db(), old, NOW);
    expect(await db().contacts.toArray()).toEqual([{
      email: 'kim@acme.example', name: 'Kim Ito', nameAt: NOW - 30 * DAY, lastAt: NOW - 30 * DAY, lastKind: 'received', sent: 0, met: 0, sentOrMet: 0, sentOrMetLastAt: 0,
    }]);
    await readThread(db(), [...old, {id: 'm3', from: 'kim@acme.example', name: 'Kim Ito', at: NOW - 20 * DAY}], NOW);
    expect(await db().contacts.get('kim@acme.example')).toMatchObject({lastAt: NOW - 20 * DAY});
    expect(await contactBookMark(db())).toMatchObject({stale: false});
    await expectBookMatchesSources(db());
    // A message read again with another date than it was stored with: the book held the old one, so it is built again.
    await readThread(db(), [{id: 'm3', from: 'kim@acme.example', name: 'Kim Ito', at: NOW - 25 * DAY}], NOW);
    expect(await contactBookMark(db())).toMatchObject({stale: true});
    expect(await refreshContactBook(db(), NOW)).toBe('built');
    expect(await db().contacts.get('kim@acme.example')).toMatchObject({lastAt: NOW - 25 * DAY});
  });

  it('counts a past meeting once however often its week is read again, and a page never erases the guests the details gave', async () => {
    await refreshContactBook(db(), NOW);
    await storeCalendar(db(), [meeting('ev', NOW - 2 * DAY, {}, -6)], [], 'dom', NOW);
    expect(await db().contacts.count()).toBe(0); // no guests known yet
    expect(await storeGuests(db(), 'ev', [{email: 'Ann@Acme.example', name: 'Ann Lee'}])).toBe(true);
    expect(await db().contacts.get('ann@acme.example')).toMatchObject({met: 1, lastKind: 'met', name: 'Ann Lee'});
    // The calendar page reads the same week again (chips show no guests), twice.
    for (let read = 0; read < 2; read++) await storeCalendar(db(), [meeting('ev', NOW - 2 * DAY, {}, -6)], ['2026-12-01'], 'dom', NOW);
    expect((await db().events.get('ev'))!.attendees).toEqual([{email: 'Ann@Acme.example', name: 'Ann Lee'}]);
    expect(await db().contacts.get('ann@acme.example')).toMatchObject({met: 1});
    expect(await contactBookMark(db())).toMatchObject({stale: false});
    expect(await storeGuests(db(), 'missing', [])).toBe(false);
  });

  it('is marked stale by what a fold cannot take back: an undone send it counts, a past meeting moved or cancelled', async () => {
    await send(db(), 'd1', NOW - 3 * DAY, ['kim@acme.example'], NOW);
    await storeCalendar(db(), [meeting('ev', NOW - 2 * DAY, {attendees: [{email: 'ann@acme.example'}]})], [], 'ics', NOW);
    await refreshContactBook(db(), NOW);
    // A send undone within minutes is after the mark: no rebuild.
    await send(db(), 'd2', NOW - MINUTE, ['kim@acme.example'], NOW);
    await forgetSentMail(db(), 'd2', schedule, NOW);
    expect(await contactBookMark(db())).toMatchObject({stale: false});
    await forgetSentMail(db(), 'd1', schedule, NOW);
    expect(await contactBookMark(db())).toMatchObject({stale: true});
    expect(await refreshContactBook(db(), NOW)).toBe('built');
    expect(await db().contacts.get('kim@acme.example')).toBeUndefined();

    await storeCalendar(db(), [meeting('ev', NOW - 2 * DAY, {cancelled: true, attendees: [{email: 'ann@acme.example'}]})], [], 'dom', NOW);
    expect(await contactBookMark(db())).toMatchObject({stale: true});
    expect(await refreshContactBook(db(), NOW)).toBe('built');
    expect(await db().contacts.count()).toBe(0);
  });

  it('is read by pages without writing: the rows needed plus what happened since the mark, or every source without a mark', async () => {
    await send(db(), 'd1', NOW - 3 * DAY, ['kim@acme.example', 'sam@globex.example'], NOW);
    await send(db(), 'd2', NOW - 2 * DAY, ['sam@globex.example'], NOW);
    const keys = ['kim@acme.example', 'lee@n.example'];
    const fromSources = async (now: number) => radarContacts(await bookFromSources(db(), now), keys);
    expect(await readRadarContacts(db(), keys, NOW)).toEqual(await fromSources(NOW));
    await refreshContactBook(db(), NOW - 2 * DAY - HOUR);
    // Since the mark: Sam's second mail; then Sam's third (a suggestion now), a meeting with Lee, Kim's reply.
    await send(db(), 'd3', NOW - HOUR, ['sam@globex.example', 'Lee@n.example'], NOW);
    await readThread(db(), [{id: 'm1', from: 'kim@acme.example', name: 'Kim', at: NOW - MINUTE}], NOW);
    const read = await readRadarContacts(db(), keys, NOW);
    expect(read).toEqual(await fromSources(NOW));
    expect(read.tallies).toEqual([{email: 'sam@globex.example', count: 3, lastAt: NOW - HOUR}]);
    expect(read.contacts).toEqual([{email: 'kim@acme.example', at: NOW - MINUTE, kind: 'received'}, {email: 'lee@n.example', at: NOW - HOUR, kind: 'sent'}]);
    // A page whose clock is behind the mark reads every source rather than count what is still to come for it.
    expect(await readRadarContacts(db(), keys, NOW - 3 * DAY)).toEqual(await fromSources(NOW - 3 * DAY));
    expect(await contactBookMark(db())).toMatchObject({through: NOW - 2 * DAY - HOUR - SETTLE_MS});
  });

  it('kept up to date write by write equals the book built from scratch, whatever the writes (property)', async () => {
    const people = ['ann@acme.example', 'Kim@Acme.example', 'sam@globex.example', 'me@n.example', 'lee@n.example'];
    const names = ['Ann', 'Kim', 'K. Ito', ''];
    const person = fc.constantFrom(...people);
    const op = fc.oneof(
      fc.record({kind: fc.constant('tick' as const), minutes: fc.oneof(fc.integer({min: 0, max: 5}), fc.integer({min: 0, max: 4 * 24 * 60}))}),
      fc.record({kind: fc.constant('refresh' as const)}),
      // A send now, one dated in the past (rare: a retried old message), one scheduled ahead, or a retry of an earlier one.
      fc.record({kind: fc.constant('send' as const), to: fc.uniqueArray(person, {minLength: 1, maxLength: 3}), minutes: fc.integer({min: -3 * 24 * 60, max: 2 * 24 * 60}), again: fc.nat(8)}),
      fc.record({kind: fc.constant('undo' as const), which: fc.nat(8)}),
      // A thread opened: old or new messages, some read before (with the same or another name or date).
      fc.record({kind: fc.constant('thread' as const), messages: fc.array(fc.record({
        id: fc.integer({min: 1, max: 8}), from: person, name: fc.constantFrom(...names), days: fc.integer({min: -20, max: 0}),
      }), {minLength: 1, maxLength: 4})}),
      // A calendar page or file: events of a small pool, past or future, in any offset, with guests or (a page's chips) none.
      fc.record({kind: fc.constant('calendar' as const), events: fc.array(fc.record({
        id: fc.integer({min: 1, max: 6}), hours: fc.integer({min: -10 * 24, max: 3 * 24}), offset: fc.constantFrom(0, -6, -10, 9, 13),
        cancelled: fc.boolean(), declined: fc.boolean(), guests: fc.option(fc.uniqueArray(person, {maxLength: 3}), {nil: undefined}), name: fc.constantFrom(...names),
      }), {minLength: 1, maxLength: 3})}),
      // The same week read again exactly as it is stored, or as chips without guests.
      fc.record({kind: fc.constant('reread' as const), chips: fc.boolean()}),
      fc.record({kind: fc.constant('guests' as const), id: fc.integer({min: 1, max: 6}), guests: fc.uniqueArray(person, {maxLength: 3})}),
      fc.record({kind: fc.constant('import' as const), minutes: fc.integer({min: -5 * 24 * 60, max: 0}), to: person}),
    );
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.array(op, {minLength: 1, maxLength: 25}), async (ops) => {
      const database = new RapportDb(`contacts-property-${run++}`);
      let now = NOW;
      let drafts = 0;
      try {
        for (const step of ops) {
          switch (step.kind) {
            case 'tick': now += step.minutes * MINUTE; break;
            case 'refresh': await refreshContactBook(database, now); break;
            case 'send': {
              const draftId = step.again < 2 && drafts > 0 ? `d${step.again % drafts}` : `d${drafts++}`;
              await send(database, draftId, now + step.minutes * MINUTE, step.to, now);
              break;
            }
            case 'undo': await forgetSentMail(database, `d${step.which}`, schedule, now); break;
            case 'thread':
              await readThread(database, step.messages.map((message) => ({id: `m${message.id}`, from: message.from, name: message.name, at: now + message.days * DAY})), now);
              break;
            case 'calendar':
              await storeCalendar(database, step.events.map((event) => meeting(`e${event.id}`, now + event.hours * HOUR, {
                cancelled: event.cancelled, declined: event.declined,
                ...(event.guests ? {attendees: event.guests.map((email) => (event.name ? {email, name: event.name} : {email}))} : {}),
              }, event.offset)), [], 'dom', now);
              break;
            case 'reread': {
              const stored = await database.events.toArray();
              await storeCalendar(database, stored.map(({attendees, ...event}) => (step.chips ? event : {...event, ...(attendees ? {attendees} : {})})), [], 'dom', now);
              break;
            }
            case 'guests': await storeGuests(database, `e${step.id}`, step.guests.map((email) => ({email}))); break;
            case 'import': {
              const file = {format: 'rapport-export', schemaVersion: latestSchemaVersion, exportedAt: new Date(now).toISOString(), tables: {
                sentMails: [{draftId: 'imported', threadId: null, sentAt: now + step.minutes * MINUTE, recipients: [step.to]}],
              }};
              await importAll(database, parseExport(JSON.stringify(file)));
              break;
            }
          }
          await expectBookMatchesSources(database);
          // What pages read at this moment is what every source says, whatever state the book is in.
          expect(await readRadarContacts(database, people, now)).toEqual(radarContacts(await bookFromSources(database, now), people));
        }
        await refreshContactBook(database, now);
        await expectBookMatchesSources(database);
        expect(await contactBookMark(database)).toMatchObject({stale: false, through: Math.max(now - SETTLE_MS, (await contactBookMark(database))!.through)});
      } finally {
        database.close();
        await Dexie.delete(database.name);
      }
    }), {numRuns: 150});
  });
});
