import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import type {OwedItem} from '../radar/index.ts';
import type {ThreadRead} from '../shared/thread.ts';
import {takeInThread} from './owed-items.ts';
import {forgetSentMail, takeInSentMail} from './sent-mails.ts';
import {defaultSettings} from '../settings/settings.ts';

const db = useTempDb();
const AT = Date.parse('2026-11-23T15:00:00Z');
const isMine = (email: string) => email === 'jordan@n.example';
const read = (messageId: string, text = '', hasAttachment = false): ThreadRead => ({
  threadId: 't1', subject: 'Contract',
  messages: [{messageId, from: {email: 'kim@acme.example', name: 'Kim'}, to: ['jordan@n.example'], at: AT}, {messageId: 'mine', from: {email: 'jordan@n.example', name: 'Jordan'}, to: [], at: AT - 1}],
  latest: {messageId, text, hasAttachment},
});
const owed = (id: string, direction: OwedItem['direction'], messageId = 'm1'): OwedItem => ({
  id, direction, email: 'kim@acme.example', name: 'Kim', sentence: id === 'p1' ? 'I will send the signed contract on Monday.' : 'Could you confirm the venue?', at: AT, dueAt: null,
  threadId: 't1', messageId, status: 'open',
});

describe('a conversation taken in', () => {
  it('records who wrote and when, and each ask and promise once however often it is opened', async () => {
    const first = await takeInThread(db(), {read: read('m1'), found: [owed('a1', 'asked-of-me'), owed('p1', 'promised-to-me')], latestSentences: [], isMine}, AT);
    expect(first).toEqual({messages: 1, asks: 1, promises: 1, closed: 0});
    const again = await takeInThread(db(), {read: read('m1'), found: [owed('a1', 'asked-of-me'), owed('p1', 'promised-to-me')], latestSentences: [], isMine}, AT);
    expect(again).toEqual({messages: 1, asks: 0, promises: 0, closed: 0});
    expect(await db().owedItems.count()).toBe(2);
    // The user's own message is no contact with anyone; no text is stored.
    expect(await db().receivedMails.toArray()).toEqual([{messageId: 'm1', threadId: 't1', from: 'kim@acme.example', name: 'Kim', at: AT}]);
  });

  it('closes a promise when a later mail of the same writer delivers it', async () => {
    await takeInThread(db(), {read: read('m1'), found: [owed('p1', 'promised-to-me')], latestSentences: [], isMine}, AT);
    const later = await takeInThread(db(), {read: read('m2', 'Attached is the signed contract.'), found: [], latestSentences: ['Attached is the signed contract.'], isMine}, AT + 1);
    expect(later.closed).toBe(1);
    expect(await db().owedItems.get('p1')).toMatchObject({status: 'closed', closedHow: 'delivered'});
  });

  it('has its asks closed by the user\'s reply to the asker in the thread, and opened again if the send is undone', async () => {
    await takeInThread(db(), {read: read('m1'), found: [owed('a1', 'asked-of-me')], latestSentences: [], isMine}, AT);
    const schedule = {...defaultSettings, timeZone: 'UTC'};
    const mail = {draftId: 'd1', threadId: 't1', subject: 'Re: Contract', sentAt: AT + 60_000, recipients: ['Kim@acme.example'], commitments: [], sentences: ['Confirmed.'], hasAttachment: false};
    await takeInSentMail(db(), {mail, unanswered: [], unansweredAt: AT, toneDay: '2026-11-23', toneCounts: [], schedule, now: AT});
    expect(await db().owedItems.get('a1')).toMatchObject({status: 'closed', closedHow: 'replied', closedBy: 'd1'});
    await forgetSentMail(db(), 'd1', schedule, AT);
    const reopened = await db().owedItems.get('a1');
    expect(reopened).toMatchObject({status: 'open'});
    expect(reopened).not.toHaveProperty('closedHow');
  });

  it('leaves asks open that a reply to someone else, or in another thread, does not answer', async () => {
    await takeInThread(db(), {read: read('m1'), found: [owed('a1', 'asked-of-me')], latestSentences: [], isMine}, AT);
    const schedule = {...defaultSettings, timeZone: 'UTC'};
    const base = {subject: 'x', sentAt: AT + 60_000, commitments: [], sentences: [], hasAttachment: false};
    await takeInSentMail(db(), {mail: {...base, draftId: 'd2', threadId: 't1', recipients: ['someone@else.example']}, unanswered: [], unansweredAt: AT, toneDay: '2026-11-23', toneCounts: [], schedule, now: AT});
    await takeInSentMail(db(), {mail: {...base, draftId: 'd3', threadId: 't9', recipients: ['kim@acme.example']}, unanswered: [], unansweredAt: AT, toneDay: '2026-11-23', toneCounts: [], schedule, now: AT});
    expect(await db().owedItems.get('a1')).toMatchObject({status: 'open'});
  });
});
