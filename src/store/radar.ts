// What the radar is computed from, read from the store in one pass over a year: the key people (the executive and
// direct reports of who-is-who, and those the user marked), every contact (mail sent, mail opened, meetings held),
// and the open asks and promises.
import type {Contact, Group, KeyPerson, OwedItem} from '../radar/index.ts';
import type {RapportDb} from './db.ts';

const YEAR_MS = 366 * 86_400_000;

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

export async function contactsSince(db: RapportDb, from: number, now: number): Promise<{contacts: Contact[]; names: Map<string, string>}> {
  const contacts: Contact[] = [];
  const names = new Map<string, string>();
  const fromDay = new Date(from).toISOString().slice(0, 10);
  const toDay = new Date(now + 86_400_000).toISOString().slice(0, 10);
  // Whole ranges at once (IndexedDB's getAll), the three in parallel, rather than a cursor step per record: a year is
  // tens of thousands of rows, and a cursor pays a round trip for each.
  const [sent, received, events] = await Promise.all([
    db.sentMails.where('sentAt').between(from, now, true, true).toArray(),
    db.receivedMails.where('at').between(from, now, true, true).toArray(),
    db.events.where('start').between(fromDay, `${toDay}\uffff`, true, true).toArray(),
  ]);
  for (const mail of sent) {
    for (const email of mail.recipients) contacts.push({email: email.toLowerCase(), at: mail.sentAt, kind: 'sent'});
  }
  for (const mail of received) {
    contacts.push({email: mail.from, at: mail.at, kind: 'received'});
    if (mail.name) names.set(mail.from, mail.name);
  }
  for (const event of events) {
    if (event.cancelled || event.declined) continue;
    const at = Date.parse(event.start);
    if (!Number.isFinite(at) || at > now) continue;
    for (const person of event.attendees ?? []) {
      if (!person.email) continue;
      const email = person.email.toLowerCase();
      contacts.push({email, at, kind: 'met'});
      if (person.name && !names.has(email)) names.set(email, person.name);
    }
  }
  return {contacts, names};
}

export type RadarData = {people: KeyPerson[]; contacts: Contact[]; names: Map<string, string>; items: OwedItem[]};

/** `from`: contacts since when (a year by default; later when a page adds to a contact summary it already has). */
export async function radarData(db: RapportDb, who: WhoIsWhoPeople, now: number, from = now - YEAR_MS): Promise<RadarData> {
  const [stored, {contacts, names}, items] = await Promise.all([
    db.keyPeople.toArray(), contactsSince(db, Math.min(from, now), now), db.owedItems.where('status').equals('open').toArray(),
  ]);
  return {people: keyPeopleOf(who, stored), contacts, names, items};
}
