import {describe, expect, it} from 'vitest';
import {byNeed, computeRadar, defaultRadarSettings, suggestKeyPeople, type KeyPerson, type OwedItem} from './index.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-03T15:00:00Z');
const person = (email: string, group: KeyPerson['group'], extra: Partial<KeyPerson> = {}): KeyPerson => ({email, name: email.split('@')[0]!, group, addedAt: 0, ...extra});
const item = (id: string, email: string, direction: OwedItem['direction'], at: number, dueAt: number | null = null): OwedItem => ({
  id, email, name: email, direction, at, dueAt, sentence: id, threadId: 't', messageId: `m-${id}`, status: 'open',
});
// A simple week for the tests: every hour counts.
const hours = (from: number, to: number) => (to - from) / 3_600_000;

describe('the radar', () => {
  const people = [person('dana@n.example', 'executive'), person('kim@acme.example', 'external'), person('lee@n.example', 'internal', {everyDays: 3}), person('new@x.example', 'external')];
  const radar = computeRadar({
    people, settings: defaultRadarSettings, now: NOW, workingHoursBetween: hours,
    contacts: [
      {email: 'dana@n.example', at: NOW - 2 * DAY, kind: 'met'}, {email: 'DANA@n.example', at: NOW - 9 * DAY, kind: 'sent'},
      {email: 'kim@acme.example', at: NOW - 20 * DAY, kind: 'received'},
      {email: 'lee@n.example', at: NOW - 2 * DAY, kind: 'sent'},
      // A meeting next week is not contact yet.
      {email: 'kim@acme.example', at: NOW + 5 * DAY, kind: 'met'},
    ],
    items: [
      item('ask-old', 'kim@acme.example', 'asked-of-me', NOW - 2 * DAY), item('ask-new', 'kim@acme.example', 'asked-of-me', NOW - 3_600_000),
      item('promise-late', 'dana@n.example', 'promised-to-me', NOW - 5 * DAY, NOW - DAY), item('promise-later', 'dana@n.example', 'promised-to-me', NOW - DAY, NOW + DAY),
      {...item('closed', 'kim@acme.example', 'asked-of-me', NOW - 9 * DAY), status: 'closed'},
    ],
  });
  const of = (email: string) => radar.find((entry) => entry.person.email === email)!;

  it('takes the latest contact that has happened, whatever its kind or the address\'s case', () => {
    expect(of('dana@n.example').lastContact).toMatchObject({kind: 'met', at: NOW - 2 * DAY});
    expect(of('kim@acme.example').lastContact).toMatchObject({kind: 'received', at: NOW - 20 * DAY});
    expect(of('new@x.example').lastContact).toBeNull();
  });

  it('says who is overdue, due soon, fine or never contacted, by their own or their group\'s interval', () => {
    expect(of('dana@n.example').status).toBe('ok'); // 7 days, last 2 days ago
    expect(of('kim@acme.example').status).toBe('overdue'); // 14 days, last 20 days ago
    expect(of('lee@n.example')).toMatchObject({everyDays: 3, status: 'due-soon'});
    expect(of('new@x.example').status).toBe('never');
  });

  it('lists what is owed each way, open only, and which asks have waited too long', () => {
    expect(of('kim@acme.example').owedByMe.map((entry) => entry.id)).toEqual(['ask-old', 'ask-new']);
    expect([...of('kim@acme.example').lateAskIds]).toEqual(['ask-old']);
    expect(of('dana@n.example')).toMatchObject({latePromises: 1, owedToMe: [{id: 'promise-late'}, {id: 'promise-later'}]});
  });

  it('puts first whoever needs the user most', () => {
    expect(radar.slice().sort(byNeed).map((entry) => entry.person.email)).toEqual(['kim@acme.example', 'dana@n.example', 'new@x.example', 'lee@n.example']);
  });

  it('computes 500 people over a year of contacts in well under the 50 ms budget', () => {
    const many = Array.from({length: 500}, (_, index) => person(`p${index}@x.example`, index % 2 ? 'internal' : 'external'));
    const contacts = Array.from({length: 50_000}, (_, index) => ({email: `p${index % 700}@x.example`, at: NOW - (index % 365) * DAY, kind: 'sent' as const}));
    const items = Array.from({length: 2_000}, (_, index) => item(`i${index}`, `p${index % 500}@x.example`, index % 2 ? 'asked-of-me' : 'promised-to-me', NOW - (index % 30) * DAY, null));
    const started = performance.now();
    const result = computeRadar({people: many, contacts, items, settings: defaultRadarSettings, now: NOW, workingHoursBetween: hours});
    expect(result).toHaveLength(500);
    expect(performance.now() - started).toBeLessThan(500); // a generous bound for a loaded CI machine; the bench reports the figure
  });
});

describe('suggested key people', () => {
  it('are those the user writes to and meets most, never already key, never the user, never from received mail alone', () => {
    const contacts = [
      ...Array.from({length: 5}, (_, index) => ({email: 'sam@acme.example', at: index, kind: 'sent' as const})),
      ...Array.from({length: 3}, (_, index) => ({email: 'ann@acme.example', at: index, kind: 'met' as const})),
      ...Array.from({length: 9}, (_, index) => ({email: 'news@list.example', at: index, kind: 'received' as const})),
      ...Array.from({length: 9}, (_, index) => ({email: 'me@n.example', at: index, kind: 'sent' as const})),
      ...Array.from({length: 9}, (_, index) => ({email: 'dana@n.example', at: index, kind: 'sent' as const})),
      {email: 'once@x.example', at: 1, kind: 'sent' as const},
    ];
    const suggestions = suggestKeyPeople(contacts, new Map([['sam@acme.example', 'Sam Ortiz']]), [person('dana@n.example', 'executive')], ['me@n.example']);
    expect(suggestions.map((entry) => [entry.email, entry.name, entry.contacts])).toEqual([['sam@acme.example', 'Sam Ortiz', 5], ['ann@acme.example', 'ann@acme.example', 3]]);
  });
});
