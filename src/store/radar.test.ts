import {describe, expect, it} from 'vitest';
import {useTempDb} from '../../tests/unit/temp-db.ts';
import type {StoredEvent} from './records.ts';
import {refreshContactBook} from './contacts.ts';
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
  it('take each key person\'s latest contact (mail sent, mail opened, meeting held), and those who could be suggested, with their names', async () => {
    await db().sentMails.bulkAdd([
      {draftId: 'd1', threadId: null, sentAt: NOW - DAY, recipients: ['Kim@Acme.example', 'ann@acme.example']},
      // Counts are over everything the store keeps, not a rolling year.
      {draftId: 'old', threadId: null, sentAt: NOW - 400 * DAY, recipients: ['kim@acme.example']},
      {draftId: 'd2', threadId: null, sentAt: NOW - 6 * DAY, recipients: ['kim@acme.example']},
      // Scheduled for tomorrow: not a contact yet.
      {draftId: 'later', threadId: null, sentAt: NOW + DAY, recipients: ['kim@acme.example', 'priya@n.example']},
    ]);
    await db().receivedMails.bulkAdd([{messageId: 'm1', threadId: 't', from: 'kim@acme.example', name: 'Kim Ito', at: NOW - 2 * DAY}]);
    await db().events.bulkAdd([
      event('held', NOW - 3 * DAY), event('next-week', NOW + 5 * DAY), event('cancelled', NOW - 4 * DAY, {cancelled: true}),
      event('declined', NOW - 5 * DAY, {declined: true}), event('last-year', NOW - 400 * DAY),
    ]);
    await db().keyPeople.bulkAdd([
      {email: 'priya@n.example', name: 'Priya Raman', group: 'internal', everyDays: 5, addedAt: 1},
      {email: 'ann@acme.example', name: 'Ann Lee', group: 'external', addedAt: 1},
    ]);
    await db().owedItems.bulkAdd([
      {id: 'open', direction: 'asked-of-me', email: 'kim@acme.example', name: 'Kim', sentence: 'Could you?', at: NOW, dueAt: null, threadId: 't', messageId: 'm1', status: 'open'},
      {id: 'closed', direction: 'asked-of-me', email: 'kim@acme.example', name: 'Kim', sentence: 'And?', at: NOW, dueAt: null, threadId: 't', messageId: 'm1', status: 'closed'},
    ]);
    // The same whether the contact book is missing (read from the mail and meetings themselves) or kept.
    for (const book of ['missing', 'kept'] as const) {
      if (book === 'kept') expect(await refreshContactBook(db(), NOW - 2 * DAY - 3_600_000)).toBe('built');
      const data = await radarData(db(), who, NOW);
      expect(data.contacts.map((contact) => [contact.kind, contact.email, (NOW - contact.at) / DAY]), book).toEqual([['sent', 'ann@acme.example', 1]]);
      expect(data.tallies.map((entry) => [entry.email, entry.count, (NOW - entry.lastAt) / DAY]).sort(), book).toEqual([
        ['ann@acme.example', 3, 1], ['kim@acme.example', 3, 1],
      ]);
      expect([...data.names].sort(), book).toEqual([['ann@acme.example', 'Ann Lee'], ['kim@acme.example', 'Kim Ito']]);
      expect(data.items.map((item) => item.id)).toEqual(['open']);
      // Who-is-who's people are key without being added; a stored record keeps its interval and name, not its group.
      expect(data.people, book).toEqual([
        {email: 'dana@n.example', name: 'Dana', group: 'executive', addedAt: 0},
        {email: 'priya@n.example', name: 'Priya Raman', group: 'direct-report', everyDays: 5, addedAt: 1},
        {email: 'ann@acme.example', name: 'Ann Lee', group: 'external', addedAt: 1},
      ]);
    }
  });
});
