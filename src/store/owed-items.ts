// Asks and promises owed between the user and the people they write with (the relationship radar's records). A
// conversation the user opens is taken in whole, in one transaction: who wrote and when (contacts), the newest
// message's asks and promises (each stored once, however often the thread is opened), and the promises of that
// writer it delivers. A reply the user sends closes the asks it answers; undoing the send opens them again.
import {deliveredCommitments} from '../commitments/delivery.ts';
import type {ThreadRead} from '../shared/thread.ts';
import type {RapportDb} from './db.ts';
import type {OwedItemRecord, ReceivedMailRecord} from './records.ts';
import {bookFollows, bookTables, receivedContacts} from './contacts.ts';

export type ThreadToTakeIn = {
  read: ThreadRead;
  /** The asks and promises the analysis found in the newest message, addressed to the user. */
  found: OwedItemRecord[];
  /** The newest message's sentences, read for deliveries and dropped. */
  latestSentences: string[];
  /** Whether an address is one of the user's own (their mail is not a contact with anyone). */
  isMine(email: string): boolean;
};

export type ThreadTakenIn = {messages: number; asks: number; promises: number; closed: number};

export async function takeInThread(db: RapportDb, {read, found, latestSentences, isMine}: ThreadToTakeIn, now: number): Promise<ThreadTakenIn> {
  const received: ReceivedMailRecord[] = read.messages
    .filter((message) => message.at !== null && !isMine(message.from.email))
    .map((message) => ({messageId: message.messageId, threadId: read.threadId, from: message.from.email.toLowerCase(), name: message.from.name, at: message.at!}));
  return db.transaction('rw', [db.receivedMails, db.owedItems, ...bookTables(db)], async () => {
    // Opening an old conversation is common: its messages are contacts the contact book may be past already. Each is
    // folded in once: a message stored before is the same contact again (unless its writer or date changed).
    const byId = new Map(received.map((mail) => [mail.messageId, mail]));
    const before = await db.receivedMails.bulkGet([...byId.keys()]);
    await db.receivedMails.bulkPut([...byId.values()]);
    await bookFollows(db, [...byId.values()].map((mail, index) => ({before: before[index] ? receivedContacts(before[index]) : [], after: receivedContacts(mail)})));
    // Stored once: an item seen before keeps its status (closed by a reply, or marked done by the user).
    const known = new Set((await db.owedItems.bulkGet(found.map((item) => item.id))).filter(Boolean).map((item) => item!.id));
    const fresh = found.filter((item) => !known.has(item.id) && (known.add(item.id), true));
    await db.owedItems.bulkAdd(fresh);
    const closed = await closeDelivered(db, read, latestSentences, now);
    return {
      messages: received.length, closed,
      asks: fresh.filter((item) => item.direction === 'asked-of-me').length,
      promises: fresh.filter((item) => item.direction === 'promised-to-me').length,
    };
  });
}

/** A later mail from someone who promised something in this thread, delivering it ("Attached is the contract"). */
async function closeDelivered(db: RapportDb, read: ThreadRead, sentences: string[], now: number): Promise<number> {
  const latest = read.latest && read.messages.find((message) => message.messageId === read.latest!.messageId);
  if (!latest || read.threadId === null) return 0;
  const writer = latest.from.email.toLowerCase();
  const open = (await db.owedItems.where('threadId').equals(read.threadId).toArray())
    .filter((item) => item.status === 'open' && item.direction === 'promised-to-me' && item.email === writer && item.messageId !== latest.messageId);
  const delivered = new Set(deliveredCommitments(open.map((item) => ({id: item.id, action: '', sentence: item.sentence})), sentences, read.latest!.hasAttachment));
  const done = open.filter((item) => delivered.has(item.id)).map((item) => ({...item, status: 'closed' as const, closedAt: now, closedHow: 'delivered' as const}));
  await db.owedItems.bulkPut(done);
  return done.length;
}

/** The user's reply closes the asks its recipients made in that thread before it. Runs inside the send's
 * transaction (sent-mails.ts). Returns the ids it closed. */
export async function closeAnsweredAsks(
  db: RapportDb, mail: {draftId: string; threadId: string | null; recipients: string[]; sentAt: number},
): Promise<string[]> {
  if (mail.threadId === null) return [];
  const to = new Set(mail.recipients.map((address) => address.toLowerCase()));
  const answered = (await db.owedItems.where('threadId').equals(mail.threadId).toArray())
    .filter((item) => item.status === 'open' && item.direction === 'asked-of-me' && to.has(item.email) && item.at <= mail.sentAt);
  await db.owedItems.bulkPut(answered.map((item) => ({...item, status: 'closed' as const, closedAt: mail.sentAt, closedHow: 'replied' as const, closedBy: mail.draftId})));
  return answered.map((item) => item.id);
}

/** An undone send: the asks it answered are open again. */
export async function reopenAnsweredBy(db: RapportDb, draftId: string): Promise<number> {
  const closed = (await db.owedItems.where('status').equals('closed').toArray()).filter((item) => item.closedBy === draftId);
  await db.owedItems.bulkPut(closed.map(({closedAt: _at, closedHow: _how, closedBy: _by, ...item}) => ({...item, status: 'open' as const})));
  return closed.length;
}
