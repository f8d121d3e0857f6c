import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import {prepForGuests} from './meeting-prep.ts';

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
