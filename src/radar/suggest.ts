// People to suggest as key: those the user writes to and meets most, who are not key yet. Only ever a suggestion:
// nobody is added without the user's click.
import type {Contact, KeyPerson} from './types.ts';

export type Suggestion = {email: string; name: string; contacts: number; lastAt: number};

export function suggestKeyPeople(
  contacts: readonly Contact[], names: ReadonlyMap<string, string>, keyPeople: readonly KeyPerson[], myAddresses: readonly string[], limit = 5,
): Suggestion[] {
  const skip = new Set([...keyPeople.map((person) => person.email.toLowerCase()), ...myAddresses.map((address) => address.toLowerCase())]);
  const tally = new Map<string, {count: number; lastAt: number}>();
  for (const contact of contacts) {
    // What the user chose to do (write, meet) says more than what arrived; received mail alone suggests no one.
    if (contact.kind === 'received') continue;
    const email = contact.email.toLowerCase();
    if (skip.has(email) || !email.includes('@')) continue;
    const entry = tally.get(email) ?? {count: 0, lastAt: 0};
    entry.count++;
    entry.lastAt = Math.max(entry.lastAt, contact.at);
    tally.set(email, entry);
  }
  return [...tally.entries()]
    .filter(([, entry]) => entry.count >= 3)
    .sort(([, a], [, b]) => b.count - a.count || b.lastAt - a.lastAt)
    .slice(0, limit)
    .map(([email, entry]) => ({email, name: names.get(email) ?? email, contacts: entry.count, lastAt: entry.lastAt}));
}
