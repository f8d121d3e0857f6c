import {describe, expect, it} from 'vitest';
import {foldContacts, radarContacts, type Contact, type ContactRow, type KeyPerson, type NamedContact, type OwedItem} from '../radar/index.ts';
import {defaultSettings, type Settings} from '../settings/settings.ts';
import {peopleData} from './people-radar.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-03T15:00:00Z');
const settings: Settings = {...defaultSettings, timeZone: 'America/Chicago', people: {...defaultSettings.people, myAddresses: ['me@n.example']}};
const person = (email: string, group: KeyPerson['group'] = 'external'): KeyPerson => ({email, name: email, group, addedAt: 0});
const people = [person('kim@acme.example'), person('lee@n.example', 'internal'), person('quiet@x.example')];
const items: OwedItem[] = [{
  id: 'a', direction: 'asked-of-me', email: 'kim@acme.example', name: 'Kim', sentence: 'Could you?', at: NOW - 3 * DAY, dueAt: null, threadId: 't', messageId: 'm', status: 'open',
}];

const contacts: NamedContact[] = [
  ...Array.from({length: 40}, (_, index): Contact => ({email: index % 2 ? 'kim@acme.example' : 'sam@globex.example', at: NOW - (index + 20) * DAY, kind: 'sent'})),
  {email: 'sam@globex.example', at: NOW - 50 * DAY, kind: 'received', name: 'Sam Ortiz'},
  {email: 'lee@n.example', at: NOW - 40 * DAY, kind: 'received'},
  {email: 'ann@globex.example', at: NOW - 30 * DAY, kind: 'met', name: 'Ann Lee'}, {email: 'ann@globex.example', at: NOW - 29 * DAY, kind: 'met'},
  {email: 'lee@n.example', at: NOW - 2 * DAY, kind: 'sent'}, {email: 'ann@globex.example', at: NOW - DAY, kind: 'met'},
  {email: 'kim@acme.example', at: NOW - 3_600_000, kind: 'received'},
  // The user's own address is never suggested.
  ...[1, 2, 3].map((days): Contact => ({email: 'me@n.example', at: NOW - days * DAY, kind: 'met'})),
];

describe('the People view\'s radar', () => {
  it('orders key people by need and suggests those written to and met most, from what the store reads of the contact book', () => {
    const book = new Map<string, ContactRow>();
    foldContacts(book, contacts);
    const data = peopleData({people, items, ...radarContacts(book, people.map((entry) => entry.email))}, settings, NOW);
    expect(data.radar.map((entry) => [entry.person.email, entry.status, entry.lastContact?.kind])).toEqual([
      ['kim@acme.example', 'ok', 'received'], ['quiet@x.example', 'never', undefined], ['lee@n.example', 'ok', 'sent'],
    ]);
    expect(data.radar[0]!.owedByMe.map((item) => item.id)).toEqual(['a']);
    expect(data.suggestions.map((entry) => [entry.name, entry.contacts])).toEqual([['Sam Ortiz', 20], ['Ann Lee', 3]]);
  });
});
