// The contact book: every contact the user has had (mail sent, mail opened, meetings held), folded into one row per
// address: the latest contact, how often the user wrote to and met them, and the name last seen. The radar needs
// nothing else of the contacts, so the store keeps this fold (store/contacts.ts) and brings it up to date with what
// happened since, instead of reading every mail and meeting on each run. Pure.
//
// The fold of a contact is a maximum or a sum, field by field, so the order contacts arrive in changes nothing: a
// book kept up to date a few contacts at a time is the book built from all of them at once (tested both ways).
import {AT_LEAST, type ContactTally} from './suggest.ts';
import type {Contact, ContactKind} from './types.ts';

/** A contact with the name the source gave the address (a mail's From, a guest list), if any. */
export type NamedContact = Contact & {name?: string};

export type ContactRow = {
  /** Lower case; the key. */
  email: string;
  /** The name that came with the latest contact that carried one. */
  name?: string;
  /** When that contact was: a later named contact replaces the name. */
  nameAt?: number;
  /** The latest contact of any kind. */
  lastAt: number;
  lastKind: ContactKind;
  /** Mails sent to them and meetings held with them. Received mail counts for the latest contact only: what the user
   * chose to do (write, meet) says who matters, what arrived does not (as suggest.ts tallies). */
  sent: number;
  met: number;
  /** sent + met: indexed, so the people to suggest are read without reading everyone. */
  sentOrMet: number;
  /** The latest mail sent or meeting held (0: none). */
  sentOrMetLastAt: number;
};

/** Two contacts at the same instant: the one the user made wins, so any order gives the same row. */
const KIND_RANK: Record<ContactKind, number> = {received: 0, met: 1, sent: 2};

/** Whether an address can be counted towards a suggestion (tallyContacts' rule). */
const countable = (email: string) => email.includes('@');

/** One contact folded into an address's row (a new row when there is none). The row given is not changed. */
export function foldContact(row: ContactRow | undefined, contact: NamedContact): ContactRow {
  const email = contact.email.toLowerCase();
  const next: ContactRow = row ? {...row} : {email, lastAt: contact.at, lastKind: contact.kind, sent: 0, met: 0, sentOrMet: 0, sentOrMetLastAt: 0};
  if (contact.at > next.lastAt || (contact.at === next.lastAt && KIND_RANK[contact.kind] > KIND_RANK[next.lastKind])) {
    next.lastAt = contact.at;
    next.lastKind = contact.kind;
  }
  if (contact.kind !== 'received' && countable(email)) {
    if (contact.kind === 'sent') next.sent++;
    else next.met++;
    next.sentOrMet++;
    next.sentOrMetLastAt = Math.max(next.sentOrMetLastAt, contact.at);
  }
  const name = contact.name?.trim();
  if (name && (next.nameAt === undefined || contact.at > next.nameAt || (contact.at === next.nameAt && name > (next.name ?? '')))) {
    next.name = name;
    next.nameAt = contact.at;
  }
  return next;
}

/** Contacts folded into a book (address → row), in place. Returns the addresses whose rows changed. */
export function foldContacts(book: Map<string, ContactRow>, contacts: Iterable<NamedContact>): Set<string> {
  const changed = new Set<string>();
  for (const contact of contacts) {
    const email = contact.email.toLowerCase();
    if (!email) continue;
    book.set(email, foldContact(book.get(email), contact));
    changed.add(email);
  }
  return changed;
}

/** A row as the radar reads a person's last contact. */
export const lastContactOf = (row: ContactRow): Contact => ({email: row.email, at: row.lastAt, kind: row.lastKind});

/** A row as suggestions count it; null when the user never wrote to or met them. */
export const tallyOf = (row: ContactRow): ContactTally | null =>
  (row.sentOrMet > 0 ? {email: row.email, count: row.sentOrMet, lastAt: row.sentOrMetLastAt} : null);

/** Whether a row could be suggested (the store reads these by its sentOrMet index). */
export const couldSuggest = (row: ContactRow): boolean => row.sentOrMet >= AT_LEAST;

/** What the radar reads of a book: the latest contact of each key person, and the tallies and names of those who
 * could be suggested. */
export function radarContacts(book: ReadonlyMap<string, ContactRow>, keyEmails: Iterable<string>): {
  contacts: Contact[]; tallies: ContactTally[]; names: Map<string, string>;
} {
  const contacts: Contact[] = [];
  for (const email of new Set([...keyEmails].map((address) => address.toLowerCase()))) {
    const row = book.get(email);
    if (row) contacts.push(lastContactOf(row));
  }
  const tallies: ContactTally[] = [];
  const names = new Map<string, string>();
  for (const row of book.values()) {
    if (!couldSuggest(row)) continue;
    tallies.push(tallyOf(row)!);
    if (row.name) names.set(row.email, row.name);
  }
  // In address order: a book kept up to date write by write holds its rows in another order than one built from
  // scratch, and suggestions that tie on count and date would otherwise swap places between the two.
  tallies.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  return {contacts, tallies, names};
}
