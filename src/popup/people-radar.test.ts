import {describe, expect, it} from 'vitest';
import {summariseContacts, type Contact, type KeyPerson, type OwedItem} from '../radar/index.ts';
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

// A year of contacts, some made after the summary was taken.
const year: Contact[] = [
  ...Array.from({length: 40}, (_, index): Contact => ({email: index % 2 ? 'kim@acme.example' : 'sam@globex.example', at: NOW - (index + 20) * DAY, kind: 'sent'})),
  {email: 'lee@n.example', at: NOW - 40 * DAY, kind: 'received'},
  {email: 'ann@globex.example', at: NOW - 30 * DAY, kind: 'met'}, {email: 'ann@globex.example', at: NOW - 29 * DAY, kind: 'met'},
  // Since the summary: a mail to Lee, Ann's third meeting, and Kim's newest mail.
  {email: 'lee@n.example', at: NOW - 2 * DAY, kind: 'sent'}, {email: 'ann@globex.example', at: NOW - DAY, kind: 'met'},
  {email: 'kim@acme.example', at: NOW - 3_600_000, kind: 'received'},
];
const names = new Map([['sam@globex.example', 'Sam Ortiz'], ['ann@globex.example', 'Ann Lee']]);

describe('the People view\'s radar', () => {
  it('is the same from the background\'s summary plus what happened since as from a year read in full', () => {
    const takenAt = NOW - 5 * DAY;
    const summary = summariseContacts(year.filter((contact) => contact.at <= takenAt), names, takenAt);
    // The store's range read since the summary may start earlier (meetings are read by day): those are not counted twice.
    const since = year.filter((contact) => contact.at > takenAt - DAY);
    const fromSummary = peopleData({people, items, contacts: since, names: new Map(), summary}, settings, NOW);
    const fromYear = peopleData({people, items, contacts: year, names, summary: null}, settings, NOW);
    expect(fromSummary).toEqual(fromYear);
    expect(fromYear.radar.map((entry) => [entry.person.email, entry.status])).toEqual([['kim@acme.example', 'ok'], ['quiet@x.example', 'never'], ['lee@n.example', 'ok']]);
    expect(fromYear.suggestions.map((entry) => [entry.name, entry.contacts])).toEqual([['Sam Ortiz', 20], ['Ann Lee', 3]]);
  });

  it('keeps in its summary only what the radar needs: the latest contact and the count of mails sent and meetings per address', () => {
    const summary = summariseContacts(year, names, NOW);
    expect(summary.latest.find((contact) => contact.email === 'kim@acme.example')).toEqual({email: 'kim@acme.example', at: NOW - 3_600_000, kind: 'received'});
    expect(summary.latest).toHaveLength(4);
    expect(summary.tallies.map((entry) => [entry.email, entry.count]).sort()).toEqual([['ann@globex.example', 3], ['kim@acme.example', 20], ['lee@n.example', 1], ['sam@globex.example', 20]]);
    expect(summary.names).toEqual([['sam@globex.example', 'Sam Ortiz'], ['ann@globex.example', 'Ann Lee']]);
    // A meeting still to come is no contact yet.
    expect(summariseContacts([{email: 'x@y.example', at: NOW + DAY, kind: 'met'}], new Map(), NOW).latest).toEqual([]);
  });
});
