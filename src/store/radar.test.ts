import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import type {StoredEvent} from './records.ts';
import {radarData} from './radar.ts';

const db = useTempDb();
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-03T15:00:00Z');
const event = (id: string, start: number, fields: Partial<StoredEvent> = {}): StoredEvent => ({
  id, title: id, start: new Date(start).toISOString(), end: new Date(start + 1_800_000).toISOString(), allDay: false, timeZone: 'UTC',
  recurring: false, cancelled: false, declined: false, source: 'dom', attendees: [{email: 'Ann@Acme.example', name: 'Ann Lee'}], ...fields,
});
const who = {executives: [{email: 'Dana@n.example', name: 'Dana'}], directReports: [{email: 'priya@n.example', name: ''}]};

describe('the radar\'s store reads', () => {
  it('take a year of mail sent, mail opened and meetings held, each address in lower case, with the names seen', async () => {
    await db().sentMails.bulkAdd([
      {draftId: 'd1', threadId: null, sentAt: NOW - DAY, recipients: ['Kim@Acme.example', 'ann@acme.example']},
      {draftId: 'old', threadId: null, sentAt: NOW - 400 * DAY, recipients: ['kim@acme.example']},
    ]);
    await db().receivedMails.bulkAdd([{messageId: 'm1', threadId: 't', from: 'kim@acme.example', name: 'Kim Ito', at: NOW - 2 * DAY}]);
    await db().events.bulkAdd([
      event('held', NOW - 3 * DAY), event('next-week', NOW + 5 * DAY), event('cancelled', NOW - 4 * DAY, {cancelled: true}),
      event('declined', NOW - 5 * DAY, {declined: true}), event('last-year', NOW - 400 * DAY),
    ]);
    await db().keyPeople.add({email: 'priya@n.example', name: 'Priya Raman', group: 'internal', everyDays: 5, addedAt: 1});
    await db().owedItems.bulkAdd([
      {id: 'open', direction: 'asked-of-me', email: 'kim@acme.example', name: 'Kim', sentence: 'Could you?', at: NOW, dueAt: null, threadId: 't', messageId: 'm1', status: 'open'},
      {id: 'closed', direction: 'asked-of-me', email: 'kim@acme.example', name: 'Kim', sentence: 'And?', at: NOW, dueAt: null, threadId: 't', messageId: 'm1', status: 'closed'},
    ]);
    const data = await radarData(db(), who, NOW);
    expect(data.contacts.map((contact) => [contact.kind, contact.email, (NOW - contact.at) / DAY]).sort()).toEqual([
      ['met', 'ann@acme.example', 3], ['received', 'kim@acme.example', 2], ['sent', 'ann@acme.example', 1], ['sent', 'kim@acme.example', 1],
    ]);
    expect([...data.names]).toEqual([['kim@acme.example', 'Kim Ito'], ['ann@acme.example', 'Ann Lee']]);
    expect(data.items.map((item) => item.id)).toEqual(['open']);
    // Who-is-who's people are key without being added; a stored record keeps its interval and name, not its group.
    expect(data.people).toEqual([
      {email: 'dana@n.example', name: 'Dana', group: 'executive', addedAt: 0},
      {email: 'priya@n.example', name: 'Priya Raman', group: 'direct-report', everyDays: 5, addedAt: 1},
    ]);
  });
});
