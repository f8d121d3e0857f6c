// What the radar is computed from: the key people (the executive and direct reports of who-is-who, and those the
// user marked), their latest contacts and the people to suggest (from the contact book, store/contacts.ts), and the
// open asks and promises.
import type {Contact, ContactTally, Group, KeyPerson, OwedItem} from '../radar/index.ts';
import {radarTables, readRadarContacts} from './contacts.ts';
import type {RapportDb} from './db.ts';

export type WhoIsWhoPeople = {executives: ReadonlyArray<{email: string; name: string}>; directReports: ReadonlyArray<{email: string; name: string}>};

/** Who-is-who's executive and direct reports are key without being added; a stored record adds or refines. */
export function keyPeopleOf(who: WhoIsWhoPeople, stored: readonly KeyPerson[]): KeyPerson[] {
  const byEmail = new Map<string, KeyPerson>();
  const implied = (list: WhoIsWhoPeople['executives'], group: Group) => {
    for (const person of list) byEmail.set(person.email.toLowerCase(), {email: person.email.toLowerCase(), name: person.name || person.email, group, addedAt: 0});
  };
  implied(who.executives, 'executive');
  implied(who.directReports, 'direct-report');
  for (const person of stored) {
    const known = byEmail.get(person.email);
    // The user's own interval applies; who-is-who's group wins (it is where the user says who the executive is).
    byEmail.set(person.email, known ? {...person, group: known.group, name: person.name || known.name} : person);
  }
  return [...byEmail.values()];
}

export type RadarData = {
  people: KeyPerson[];
  /** The latest contact of each key person who has had one. */
  contacts: Contact[];
  /** Mails sent and meetings held by address, for those who could be suggested; and their names. */
  tallies: ContactTally[];
  names: Map<string, string>;
  items: OwedItem[];
};

/** Everything the radar is computed from at `now`, in one read transaction, the reads side by side. Reads only: the
 * background and the popup's pages both call it. */
export async function radarData(db: RapportDb, who: WhoIsWhoPeople, now: number): Promise<RadarData> {
  return db.transaction('r', [db.keyPeople, db.owedItems, ...radarTables(db)], async () => {
    const people = db.keyPeople.toArray().then((stored) => keyPeopleOf(who, stored));
    const [everyone, items, {contacts, tallies, names}] = await Promise.all([
      people, db.owedItems.where('status').equals('open').toArray(),
      readRadarContacts(db, people.then((list) => list.map((person) => person.email)), now),
    ]);
    return {people: everyone, contacts, tallies, names, items};
  });
}
