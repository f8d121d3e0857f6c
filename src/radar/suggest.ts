// People to suggest as key: those the user writes to and meets most, who are not key yet. Only ever a suggestion:
// nobody is added without the user's click.
import type {Contact, KeyPerson} from './types.ts';

export type Suggestion = {email: string; name: string; contacts: number; lastAt: number};
/** How often the user wrote to or met each address, and when last. */
export type ContactTally = {email: string; count: number; lastAt: number};

/** Fewer contacts than this is chance, not a relationship. */
export const AT_LEAST = 3;

/** Mail sent and meetings held, counted by address (lower case). Received mail counts for nothing here. */
export function tallyContacts(contacts: readonly Contact[]): Map<string, ContactTally> {
  const tally = new Map<string, ContactTally>();
  for (const contact of contacts) {
    // What the user chose to do (write, meet) says more than what arrived; received mail alone suggests no one.
    if (contact.kind === 'received') continue;
    const email = contact.email.toLowerCase();
    if (!email.includes('@')) continue;
    const entry = tally.get(email) ?? {email, count: 0, lastAt: 0};
    entry.count++;
    entry.lastAt = Math.max(entry.lastAt, contact.at);
    tally.set(email, entry);
  }
  return tally;
}

/** Only the tallies that could ever be suggested. */
export const worthSuggesting = (tally: Iterable<ContactTally>) => [...tally].filter((entry) => entry.count >= AT_LEAST);

export function pickSuggestions(
  tally: Iterable<ContactTally>, names: ReadonlyMap<string, string>, keyPeople: readonly KeyPerson[], myAddresses: readonly string[], limit = 5,
): Suggestion[] {
  const skip = new Set([...keyPeople.map((person) => person.email.toLowerCase()), ...myAddresses.map((address) => address.toLowerCase())]);
  return worthSuggesting(tally)
    .filter((entry) => !skip.has(entry.email))
    // Ties go by address, so the order never depends on the order the tallies came in (a contact book kept up to date
    // write by write and one built from scratch give the same suggestions: the property test in contact-book.test.ts).
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0))
    .slice(0, limit)
    .map((entry) => ({email: entry.email, name: names.get(entry.email) ?? entry.email, contacts: entry.count, lastAt: entry.lastAt}));
}

export function suggestKeyPeople(
  contacts: readonly Contact[], names: ReadonlyMap<string, string>, keyPeople: readonly KeyPerson[], myAddresses: readonly string[], limit = 5,
): Suggestion[] {
  return pickSuggestions(tallyContacts(contacts).values(), names, keyPeople, myAddresses, limit);
}
