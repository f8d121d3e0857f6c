import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  computeRadar, defaultRadarSettings, foldContact, foldContacts, pickSuggestions, radarContacts, tallyContacts,
  type ContactRow, type KeyPerson, type NamedContact,
} from './index.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-03T15:00:00Z');
const bookOf = (contacts: Iterable<NamedContact>) => {
  const book = new Map<string, ContactRow>();
  foldContacts(book, contacts);
  return book;
};
const sorted = (book: Map<string, ContactRow>) => [...book.values()].sort((a, b) => a.email.localeCompare(b.email));

describe('the contact book\'s fold', () => {
  it('keeps per address the latest contact, the mails sent and meetings held, and the name last given', () => {
    const book = bookOf([
      {email: 'Kim@Acme.example', at: NOW - 9 * DAY, kind: 'sent'},
      {email: 'kim@acme.example', at: NOW - 5 * DAY, kind: 'met', name: 'Kim I.'},
      {email: 'kim@acme.example', at: NOW - 2 * DAY, kind: 'received', name: ' Kim Ito '},
      {email: 'kim@acme.example', at: NOW - 7 * DAY, kind: 'met', name: 'K'},
    ]);
    expect(sorted(book)).toEqual([{
      email: 'kim@acme.example', name: 'Kim Ito', nameAt: NOW - 2 * DAY, lastAt: NOW - 2 * DAY, lastKind: 'received',
      sent: 1, met: 2, sentOrMet: 3, sentOrMetLastAt: NOW - 5 * DAY,
    }]);
  });

  it('counts received mail for the latest contact only, and nothing for a string that is no address', () => {
    const book = bookOf([
      {email: 'news@list.example', at: NOW - DAY, kind: 'received', name: 'News'},
      {email: 'undisclosed-recipients', at: NOW - DAY, kind: 'sent'},
      {email: '', at: NOW, kind: 'sent'},
    ]);
    expect(book.get('news@list.example')).toMatchObject({lastAt: NOW - DAY, lastKind: 'received', sent: 0, met: 0, sentOrMet: 0, sentOrMetLastAt: 0});
    expect(book.get('undisclosed-recipients')).toMatchObject({lastKind: 'sent', sent: 0, sentOrMet: 0});
    expect(book.has('')).toBe(false);
  });

  it('gives the same row whatever the order, ties included: the contact the user made wins, then the larger name', () => {
    const a: NamedContact = {email: 'x@y.example', at: NOW, kind: 'received', name: 'Alpha'};
    const b: NamedContact = {email: 'x@y.example', at: NOW, kind: 'met', name: 'Beta'};
    expect(foldContact(foldContact(undefined, a), b)).toEqual(foldContact(foldContact(undefined, b), a));
    expect(foldContact(foldContact(undefined, a), b)).toMatchObject({lastKind: 'met', name: 'Beta'});
  });

  it('does not change the row it is given', () => {
    const row = foldContact(undefined, {email: 'x@y.example', at: NOW - DAY, kind: 'sent'});
    const copy = {...row};
    foldContact(row, {email: 'x@y.example', at: NOW, kind: 'met', name: 'X'});
    expect(row).toEqual(copy);
  });

  it('reads the tallies in address order, whatever order the book holds its rows in', () => {
    // A book kept write by write and one built from scratch hold the same rows in other orders; suggestions that tie
    // on count and date must come out alike from both (a CI run found them swapped).
    const met = (email: string, days: number): NamedContact => ({email, at: NOW - days * DAY, kind: 'met'});
    const contacts = [met('sam@globex.example', 1), met('me@n.example', 1), met('sam@globex.example', 2), met('me@n.example', 2), met('sam@globex.example', 3), met('me@n.example', 3)];
    const forward = radarContacts(bookOf(contacts), []).tallies.map((tally) => tally.email);
    const backward = radarContacts(bookOf([...contacts].reverse()), []).tallies.map((tally) => tally.email);
    expect(forward).toEqual(['me@n.example', 'sam@globex.example']);
    expect(backward).toEqual(forward);
  });

  const contact = fc.record({
    email: fc.constantFrom('a@x.example', 'B@x.example', 'b@x.example', 'c@y.example', 'no-address'),
    at: fc.integer({min: -40, max: 0}).map((days) => NOW + days * DAY),
    kind: fc.constantFrom('sent' as const, 'received' as const, 'met' as const),
    name: fc.option(fc.constantFrom('Ann', 'Bo', 'Cy', ''), {nil: undefined}),
  }).map(({name, ...rest}): NamedContact => (name === undefined ? rest : {...rest, name}));

  it('folded a batch at a time, in any order, is the book folded at once (property)', () => {
    fc.assert(fc.property(fc.array(contact, {maxLength: 60}), fc.array(fc.nat(), {maxLength: 10}), fc.nat(), (contacts, cuts, seed) => {
      const whole = bookOf(contacts);
      // Shuffled, then folded in batches, as refreshes and late writes would.
      const shuffled = contacts.map((entry, index) => ({entry, key: (index * 7919 + seed) % 101})).sort((x, y) => x.key - y.key).map(({entry}) => entry);
      const book = new Map<string, ContactRow>();
      const bounds = [...new Set(cuts.map((cut) => cut % (shuffled.length + 1)))].sort((x, y) => x - y);
      let from = 0;
      for (const to of [...bounds, shuffled.length]) {
        foldContacts(book, shuffled.slice(from, to));
        from = Math.max(from, to);
      }
      expect(sorted(book)).toEqual(sorted(whole));
    }), {numRuns: 200});
  });

  it('suggests two people tied on count and date in address order, whatever order their contacts came in', () => {
    const at = NOW - 86_400_000;
    const contacts = ['c@y.example', 'a@x.example', 'a@x.example', 'c@y.example', 'c@y.example', 'a@x.example'].map((email) => ({email, at, kind: 'sent' as const}));
    const suggested = pickSuggestions(tallyContacts(contacts).values(), new Map(), [], [], 10).map((entry) => entry.email);
    expect(suggested).toEqual(['a@x.example', 'c@y.example']);
  });

  it('gives the radar and the suggestions what every contact in full gives them (property)', () => {
    const people: KeyPerson[] = ['a@x.example', 'b@x.example', 'd@z.example'].map((email) => ({email, name: email, group: 'external', addedAt: 0}));
    const hours = (from: number, to: number) => (to - from) / 3_600_000;
    fc.assert(fc.property(fc.array(contact, {maxLength: 60}), (contacts) => {
      const book = bookOf(contacts);
      const read = radarContacts(book, people.map((person) => person.email));
      const input = {people, items: [], settings: defaultRadarSettings, now: NOW, workingHoursBetween: hours};
      const fromBook = computeRadar({...input, contacts: read.contacts});
      const fromAll = computeRadar({...input, contacts});
      expect(fromBook.map((entry) => [entry.person.email, entry.lastContact?.at, entry.status]))
        .toEqual(fromAll.map((entry) => [entry.person.email, entry.lastContact?.at, entry.status]));
      // Suggestions count the same as tallies of every contact would.
      expect(pickSuggestions(read.tallies, read.names, [], [], 10)).toEqual(pickSuggestions(tallyContacts(contacts).values(), read.names, [], [], 10));
    }), {numRuns: 200});
  });
});
