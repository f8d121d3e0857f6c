import {describe, expect, it} from 'vitest';
import type {ThreadRead} from '../../shared/thread.ts';
import {owedInThread, type ReadContext} from './received-mail.ts';

const MONDAY = Date.parse('2026-11-23T15:00:00Z');
const context: ReadContext = {
  isMine: (email) => email.toLowerCase() === 'jordan@northwind.example', knowsMyAddresses: true, timeZone: 'America/Chicago',
  workingHours: {start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5]}, now: MONDAY,
};
const thread = (text: string, from = 'priya@northwind.example', to = ['jordan@northwind.example']): ThreadRead => ({
  threadId: '18d0000000000001', subject: 'Q4 planning',
  messages: [
    {messageId: 'm1', from: {email: 'jordan@northwind.example', name: 'Jordan'}, to: ['priya@northwind.example'], at: MONDAY - 86_400_000},
    {messageId: 'm2', from: {email: from, name: 'Priya Natarajan'}, to, at: MONDAY},
  ],
  latest: {messageId: 'm2', text, hasAttachment: false},
});

describe('a conversation the user opened', () => {
  it('gives the newest message\'s ask of the user and its writer\'s promise, each one sentence with its day', async () => {
    const text = 'Hi Jordan,\n\nCould you send me the board deck by Friday? I will have the contract to you on Wednesday.\n\nThanks,\nPriya\n\nOn Sun, Nov 22, 2026 at 9:00 AM Jordan <jordan@northwind.example> wrote:\n> Can you confirm the venue?';
    const {found} = await owedInThread(thread(text), context);
    const asks = found.filter((item) => item.direction === 'asked-of-me');
    const promises = found.filter((item) => item.direction === 'promised-to-me');
    expect(asks.map((item) => item.sentence)).toEqual(['Could you send me the board deck by Friday?']);
    expect(promises.map((item) => item.sentence)).toEqual(['I will have the contract to you on Wednesday.']);
    expect(asks[0]).toMatchObject({email: 'priya@northwind.example', name: 'Priya Natarajan', threadId: '18d0000000000001', messageId: 'm2', status: 'open'});
    expect(new Date(asks[0]!.dueAt!).getUTCDate()).toBe(27);
    expect(new Date(promises[0]!.dueAt!).getUTCDate()).toBe(25);
    // Stable ids: a second reading finds the same records.
    expect((await owedInThread(thread(text), context)).found.map((item) => item.id)).toEqual(found.map((item) => item.id));
  });

  it('finds nothing the user owes in the user\'s own message, nor asks in a mail not addressed to the user', async () => {
    expect((await owedInThread(thread('Could you send the deck?', 'jordan@northwind.example'), context)).found).toEqual([]);
    expect((await owedInThread(thread('Could you send the deck?', 'priya@northwind.example', ['all-staff@northwind.example']), context)).found).toEqual([]);
  });
});
