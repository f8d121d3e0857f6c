import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {meetingsToPrepare, prepForGuests} from './meeting-prep.ts';

const db = useTempDb();

describe('meeting prep', () => {
  it('lists, for each guest with something open, the user\'s promises to them and their open asks and promises', async () => {
    await db().commitments.bulkAdd([
      {id: 'c1', draftId: 'd', threadId: null, subject: 's', sentence: 'I will send the agenda by Friday.', action: 'send the agenda', owner: 'me',
        counterparts: ['Priya@n.example'], createdAt: 1, dueAt: 10, vague: false, status: 'open'},
      {id: 'c2', draftId: 'd', threadId: null, subject: 's', sentence: 'Done already.', action: 'x', owner: 'me',
        counterparts: ['priya@n.example'], createdAt: 1, dueAt: null, vague: false, status: 'done'},
    ] as never);
    const base = {name: 'Priya N', at: 5, dueAt: null, threadId: 't', messageId: 'm', status: 'open' as const};
    await db().owedItems.bulkAdd([
      {...base, id: 'a', direction: 'asked-of-me', email: 'priya@n.example', sentence: 'Could you book the room?'},
      {...base, id: 'p', direction: 'promised-to-me', email: 'priya@n.example', sentence: 'I will send the numbers.'},
      {...base, id: 'x', direction: 'asked-of-me', email: 'priya@n.example', sentence: 'Answered.', status: 'closed'},
    ]);
    const prep = await prepForGuests(db(), [{email: 'dana@n.example', name: 'Dana'}, {email: 'priya@n.example', name: 'Priya Natarajan'}]);
    expect(prep).toEqual([{
      email: 'priya@n.example', name: 'Priya Natarajan',
      iPromised: [{sentence: 'I will send the agenda by Friday.', at: 1, dueAt: 10}],
      theyAsked: [{sentence: 'Could you book the room?', at: 5, dueAt: null}],
      theyPromised: [{sentence: 'I will send the numbers.', at: 5, dueAt: null}],
    }]);
  });
});

describe('today\'s meetings to prepare', () => {
  it('are today\'s meetings with a key person who has something open, earliest first', async () => {
    const base = {name: 'Kim', at: 5, dueAt: null, threadId: 't', messageId: 'm', status: 'open' as const};
    await db().owedItems.bulkAdd([{...base, id: 'a', direction: 'asked-of-me', email: 'kim@acme.example', sentence: 'Could you confirm the venue?'}]);
    const event = (id: string, start: string, emails: string[], extra = {}) => ({
      id, title: id, start, end: start, allDay: false, timeZone: 'UTC', recurring: false, cancelled: false, declined: false, source: 'dom' as const,
      attendees: emails.map((email) => ({email})), ...extra,
    });
    await db().events.bulkAdd([
      event('late', '2026-12-03T16:00:00Z', ['kim@acme.example']),
      event('early', '2026-12-03T09:00:00Z', ['Kim@acme.example', 'lee@acme.example']),
      event('tomorrow', '2026-12-04T09:00:00Z', ['kim@acme.example']),
      event('cancelled', '2026-12-03T10:00:00Z', ['kim@acme.example'], {cancelled: true}),
      event('not-key', '2026-12-03T11:00:00Z', ['lee@acme.example']),
    ]);
    const preps = await meetingsToPrepare(db(), new Set(['kim@acme.example', 'lee@acme.example']), '2026-12-02', '2026-12-04', (start) => start.startsWith('2026-12-03'));
    expect(preps.map((prep) => [prep.eventId, prep.guests.map((guest) => guest.email)])).toEqual([['early', ['kim@acme.example']], ['late', ['kim@acme.example']]]);
    expect(preps[0]!.guests[0]!.theyAsked[0]!.sentence).toBe('Could you confirm the venue?');
  });
});
