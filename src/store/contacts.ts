// The contact book in the store (the `contacts` table, radar/contact-book.ts): the fold of every contact (mail sent,
// mail opened, meetings held that were not cancelled or declined) up to the instant its mark says (`through`).
// Counts are over everything the store keeps, not a rolling year: the store keeps what the user has not deleted.
//
// Kept so, always in the transaction that changes the sources:
// - the lifecycle run (refreshContactBook) folds what happened between `through` and now and moves `through`; with
//   no mark, or a stale one, it builds the book again from every source (slow, rare);
// - a writer of a contact at or before `through` (a thread opened on old mail, a past meeting seen for the first
//   time) folds it in itself (bookFollows);
// - a writer that removes or changes a contact the book already holds (an undone send, a past meeting moved or
//   cancelled, an import) marks the book stale: a fold cannot be undone.
// Readers (readRadarContacts) take the rows they need and fold what happened since `through` in memory; with no
// mark or a stale one they read every source, as the refresh would.
import {AT_LEAST, foldContacts, radarContacts, type Contact, type ContactRow, type ContactTally, type NamedContact} from '../radar/index.ts';
import type {RapportDb} from './db.ts';
import type {DerivedMark, ReceivedMailRecord, SentMailRecord, StoredEvent} from './records.ts';

const MARK = 'contacts';
const DAY = 86_400_000;
/**
 * The refresh folds up to this long before now, not up to now: a send undone in Gmail (30 s at most) or from
 * Rapport's toast (8 s) is then still after `through`, so its removal needs no rebuild. Readers fold the last
 * minutes from the sources themselves, so nothing is missing meanwhile.
 */
export const SETTLE_MS = 2 * 60_000;

export const sentContacts = (mail: Pick<SentMailRecord, 'sentAt' | 'recipients'>): NamedContact[] =>
  mail.recipients.map((email) => ({email: email.toLowerCase(), at: mail.sentAt, kind: 'sent'}));

export const receivedContacts = (mail: Pick<ReceivedMailRecord, 'from' | 'name' | 'at'>): NamedContact[] =>
  [{email: mail.from.toLowerCase(), at: mail.at, kind: 'received', ...(mail.name ? {name: mail.name} : {})}];

/** A meeting is a contact with each guest at its start, unless it was cancelled or the user declined it. */
export function eventContacts(event: Pick<StoredEvent, 'start' | 'cancelled' | 'declined' | 'attendees'>): NamedContact[] {
  if (event.cancelled || event.declined) return [];
  const at = Date.parse(event.start);
  if (!Number.isFinite(at)) return [];
  return (event.attendees ?? []).filter((person) => person.email)
    .map((person) => ({email: person.email!.toLowerCase(), at, kind: 'met', ...(person.name ? {name: person.name} : {})}));
}

const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

/** Every contact with `after < at <= upTo`, from the three sources (range reads, in parallel). */
async function contactsBetween(db: RapportDb, after: number, upTo: number): Promise<NamedContact[]> {
  // Events are indexed by their start as written (with its own offset, or a bare day): read a day wider each side
  // by day, then keep those whose instant is in range.
  const fromDay = after === -Infinity ? '' : dayOf(after - DAY);
  const [sent, received, events] = await Promise.all([
    db.sentMails.where('sentAt').between(after, upTo, false, true).toArray(),
    db.receivedMails.where('at').between(after, upTo, false, true).toArray(),
    db.events.where('start').between(fromDay, `${dayOf(upTo + DAY)}\uffff`, true, true).toArray(),
  ]);
  const contacts: NamedContact[] = [];
  for (const mail of sent) contacts.push(...sentContacts(mail));
  for (const mail of received) contacts.push(...receivedContacts(mail));
  for (const event of events) for (const contact of eventContacts(event)) if (contact.at > after && contact.at <= upTo) contacts.push(contact);
  return contacts;
}

/** The book as it stands at `upTo`, from every source (the slow path: every mail and meeting). */
export async function bookFromSources(db: RapportDb, upTo: number): Promise<Map<string, ContactRow>> {
  const book = new Map<string, ContactRow>();
  foldContacts(book, await contactsBetween(db, -Infinity, upTo));
  return book;
}

/** Contacts folded into the stored rows of their addresses. */
async function foldIntoStore(db: RapportDb, contacts: readonly NamedContact[]): Promise<void> {
  if (contacts.length === 0) return;
  const emails = [...new Set(contacts.map((contact) => contact.email.toLowerCase()).filter(Boolean))];
  const book = new Map<string, ContactRow>();
  for (const row of await db.contacts.bulkGet(emails)) if (row) book.set(row.email, row);
  const changed = foldContacts(book, contacts);
  await db.contacts.bulkPut([...changed].map((email) => book.get(email)!));
}

const sources = (db: RapportDb) => [db.sentMails, db.receivedMails, db.events];
/** What a writer of mail or meetings adds to its transaction so the book follows its write (bookFollows). */
export const bookTables = (db: RapportDb) => [db.contacts, db.marks];
/** What readRadarContacts reads. */
export const radarTables = (db: RapportDb) => [...bookTables(db), ...sources(db)];

export type BookRefresh = 'built' | 'brought up' | 'current';

/** The book brought up to `now` (less SETTLE_MS), or built again when it has no mark or a stale one. */
export async function refreshContactBook(db: RapportDb, now: number): Promise<BookRefresh> {
  const through = now - SETTLE_MS;
  // One transaction with the sources: a contact written meanwhile is either in the range read here or, written
  // after, judged against the new mark by its writer.
  return db.transaction('rw', radarTables(db), async (): Promise<BookRefresh> => {
    const mark = await db.marks.get(MARK);
    if (!mark || mark.stale) {
      const book = await bookFromSources(db, through);
      await db.contacts.clear();
      await db.contacts.bulkPut([...book.values()]);
      await db.marks.put({key: MARK, through, stale: false});
      return 'built';
    }
    if (through <= mark.through) return 'current';
    await foldIntoStore(db, await contactsBetween(db, mark.through, through));
    await db.marks.put({key: MARK, through, stale: false});
    return 'brought up';
  });
}

/** A source record's contacts before and after a write (none before: a new record; none after: a removal). */
export type ContactChange = {before: readonly NamedContact[]; after: readonly NamedContact[]};

const contactKey = (contact: NamedContact) => JSON.stringify([contact.email.toLowerCase(), contact.at, contact.kind, contact.name ?? '']);
function sameContacts(a: readonly NamedContact[], b: readonly NamedContact[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(contactKey).sort();
  const right = b.map(contactKey).sort();
  return left.every((key, index) => key === right[index]);
}

/**
 * The book follows a write of mail or meetings, inside the writer's transaction (which must include bookTables):
 * contacts it holds (at or before `through`) that are new are folded in; one it holds that goes or changes makes it
 * stale, to be built again by the next refresh. Contacts after `through` wait for the refresh.
 */
export async function bookFollows(db: RapportDb, changes: readonly ContactChange[]): Promise<void> {
  if (changes.length === 0) return;
  const mark = await db.marks.get(MARK);
  if (!mark || mark.stale) return; // built again from the sources, this write included
  const held = (contacts: readonly NamedContact[]) => contacts.filter((contact) => contact.at <= mark.through);
  const late: NamedContact[] = [];
  for (const {before, after} of changes) {
    const was = held(before);
    const is = held(after);
    if (sameContacts(was, is)) continue;
    if (was.length > 0) {
      await db.marks.put({...mark, stale: true});
      return;
    }
    late.push(...is);
  }
  await foldIntoStore(db, late);
}

/** The book no longer matches its sources (an import replaced them): the next refresh builds it again. Inside the
 * writer's transaction, which must include db.marks. */
export async function markBookStale(db: RapportDb): Promise<void> {
  await db.marks.update(MARK, {stale: true});
}

export async function contactBookMark(db: RapportDb): Promise<DerivedMark | undefined> {
  return db.marks.get(MARK);
}

/**
 * What the radar reads of the contacts at `now`: the latest contact of each key person, and the tallies and names of
 * those who could be suggested. From the book's rows (those with enough mail and meetings, by the sentOrMet index,
 * and any other key person's) with what happened since its mark folded in here; without a usable mark, from every
 * source. Reads only: pages call it too. `keyEmails` may still be on its way (read in the same transaction).
 */
export async function readRadarContacts(db: RapportDb, keyEmails: readonly string[] | PromiseLike<readonly string[]>, now: number): Promise<{
  contacts: Contact[]; tallies: ContactTally[]; names: Map<string, string>;
}> {
  return db.transaction('r', radarTables(db), async () => {
    // The candidates are read beside the mark: most key people are among them, so few rows are left to get one by one.
    const [mark, candidates] = await Promise.all([db.marks.get(MARK), db.contacts.where('sentOrMet').aboveOrEqual(AT_LEAST).toArray()]);
    // A mark ahead of `now` (a page's clock a minute behind the worker's) holds contacts still to come at `now`.
    if (!mark || mark.stale || mark.through > now) return radarContacts(await bookFromSources(db, now), await keyEmails);
    const since = await contactsBetween(db, mark.through, now);
    const book = new Map(candidates.map((row) => [row.email, row]));
    const keys = await keyEmails;
    const missing = new Set([...keys, ...since.map((contact) => contact.email)].map((email) => email.toLowerCase()).filter((email) => email && !book.has(email)));
    for (const row of await db.contacts.bulkGet([...missing])) if (row) book.set(row.email, row);
    foldContacts(book, since);
    return radarContacts(book, keys);
  });
}
