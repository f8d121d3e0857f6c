import {describe, expect, it} from 'vitest';
import {speak, speakEnglishAfterEach} from '../../tests/unit/speak.ts';
import {byNeed, computeRadar, defaultRadarSettings, type KeyPerson, type OwedItem, type PersonRadar} from '../radar/index.ts';
import {filterPeople, isLate, lastContactText, owedWhen, scheduleLink, touchText} from './people-rows.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T18:00:00Z');
const TZ = 'America/Chicago';
const person = (email: string, name: string, group: KeyPerson['group'] = 'external'): KeyPerson => ({email, name, group, addedAt: 0});
const item = (id: string, email: string, direction: OwedItem['direction'], at: number, dueAt: number | null = null): OwedItem => ({
  id, email, name: email, direction, at, dueAt, sentence: `sentence ${id}`, threadId: 't', messageId: `m-${id}`, status: 'open',
});

speakEnglishAfterEach();

// A real radar, as the view gets it: the shaping is tested on what computeRadar gives, not on hand-made entries.
const radar = computeRadar({
  people: [person('jose@acme.example', 'José Núñez'), person('kim@acme.example', 'Kim Ito'), person('lee@n.example', 'Lee Park', 'internal'), person('new@x.example', 'New Person')],
  contacts: [
    {email: 'jose@acme.example', at: NOW - 20 * DAY, kind: 'sent'},
    {email: 'kim@acme.example', at: NOW - 13 * DAY, kind: 'met'},
    {email: 'lee@n.example', at: NOW - 2 * DAY, kind: 'received'},
  ],
  items: [item('ask', 'kim@acme.example', 'asked-of-me', NOW - 3 * DAY), item('promise', 'lee@n.example', 'promised-to-me', NOW - 5 * DAY, NOW - DAY),
    item('later', 'lee@n.example', 'promised-to-me', NOW - DAY, NOW + 2 * DAY), item('undated', 'lee@n.example', 'promised-to-me', NOW - DAY)],
  settings: defaultRadarSettings, now: NOW, workingHoursBetween: (from, to) => (to - from) / 3_600_000,
}).sort(byNeed);
const of = (email: string) => radar.find((entry) => entry.person.email === email)!;

describe('the People view search', () => {
  it('finds by name without minding case or accents, or by any part of the address, keeping the order of need', () => {
    const emails = (list: PersonRadar[]) => list.map((entry) => entry.person.email);
    expect(emails(filterPeople(radar, 'jose'))).toEqual(['jose@acme.example']);
    expect(emails(filterPeople(radar, 'NÚÑ'))).toEqual(['jose@acme.example']);
    expect(emails(filterPeople(radar, 'acme.example'))).toEqual(emails(radar).filter((email) => email.endsWith('acme.example')));
    expect(emails(filterPeople(radar, '  '))).toEqual(emails(radar));
    expect(filterPeople(radar, 'nobody')).toEqual([]);
  });
});

describe('a key person in words', () => {
  it('says the last contact by kind and day, in the user\'s time zone', () => {
    expect(lastContactText(of('jose@acme.example').lastContact, TZ)).toBe('You wrote on Thu, Nov 5');
    expect(lastContactText(of('kim@acme.example').lastContact, TZ)).toBe('You met on Thu, Nov 12');
    expect(lastContactText(of('lee@n.example').lastContact, TZ)).toBe('You read their mail on Mon, Nov 23');
    expect(lastContactText(null, TZ)).toBe('No mail or meeting seen');
  });

  it('says where they stand against their interval, warning only when overdue', () => {
    expect(touchText(of('jose@acme.example'), NOW)).toEqual({text: 'Overdue by 6 days (every 14 days)', warn: true});
    expect(touchText(of('kim@acme.example'), NOW)).toEqual({text: 'Due in 1 day (every 14 days)', warn: false});
    expect(touchText(of('lee@n.example'), NOW)).toEqual({text: 'in touch every 30 days', warn: false});
    expect(touchText(of('new@x.example'), NOW)).toEqual({text: 'keep in touch every 14 days', warn: false});
  });

  it('marks an ask waiting past the group\'s hours and a promise past its day as late, not one still to come', () => {
    const kim = of('kim@acme.example');
    const lee = of('lee@n.example');
    expect(isLate(kim, kim.owedByMe[0]!, NOW)).toBe(true);
    expect(owedWhen(kim.owedByMe[0]!, true, NOW, TZ)).toEqual({text: 'Asked Sun, Nov 22, still unanswered', warn: true});
    expect(lee.owedToMe.map((entry) => [entry.id, isLate(lee, entry, NOW)])).toEqual([['promise', true], ['later', false], ['undated', false]]);
    expect(owedWhen(lee.owedToMe[0]!, true, NOW, TZ)).toEqual({text: 'For Tue, Nov 24: Overdue by 1 day', warn: true});
    expect(owedWhen(lee.owedToMe[1]!, false, NOW, TZ)).toEqual({text: 'For Fri, Nov 27: Due in 2 days', warn: false});
    expect(owedWhen(lee.owedToMe[2]!, false, NOW, TZ)).toEqual({text: 'Promised Tue, Nov 24, no day given', warn: false});
  });

  it('is said in the interface language', () => {
    speak('es');
    expect(lastContactText(of('jose@acme.example').lastContact, TZ)).toBe('Les escribiste el jue, 5 nov');
    expect(touchText(of('jose@acme.example'), NOW).text).toBe('Vencido hace 6 días (cada 14 días)');
  });
});

describe('the Schedule link', () => {
  it('opens Calendar\'s own editor with the person as guest and a title, escaped, creating nothing', () => {
    const url = new URL(scheduleLink('kim+work@acme.example', 'Catch-up with Kim & co'));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toEqual({action: 'TEMPLATE', text: 'Catch-up with Kim & co', add: 'kim+work@acme.example'});
  });
});
