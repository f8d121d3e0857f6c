// A send, taken in whole: its promises tracked, those it delivers closed, their reminders, the requests it left
// unanswered, the tone it was coached on, and the mark that it was taken in — in one transaction, keyed by the mail.
// The content script retries a message whose worker died under it; a retry of a send already taken in writes
// nothing and gets the same answer, so no reminder is left that never ends and no tone is counted twice.
import type {RapportDb} from './db.ts';
import type {SentMailRecord, StoredCommitment} from './records.ts';
import type {SentMail} from '../shared/sent-mail.ts';
import {trackSentMail, withdrawMail} from './commitments.ts';
import {dropNudgesOf, syncCommitmentNudges, type Schedule} from './commitment-nudges.ts';
import {recordToneCounts, type ToneCount} from './tone-stats.ts';
import {recordUnanswered, type Unanswered} from './unanswered-nudges.ts';
import {closeAnsweredAsks, reopenAnsweredBy} from './owed-items.ts';
import {bookFollows, bookTables, sentContacts} from './contacts.ts';

export type SendToTakeIn = {
  mail: SentMail;
  unanswered: Unanswered[];
  /** When an unanswered request comes back. */
  unansweredAt: number;
  toneDay: string;
  toneCounts: ToneCount[];
  schedule: Schedule;
  now: number;
};

export type TakenIn = {tracked: StoredCommitment[]; closed: StoredCommitment[]; again: boolean};

const tables = (db: RapportDb) => [db.commitments, db.nudges, db.toneStats, db.sentMails, db.owedItems, ...bookTables(db)];

export async function takeInSentMail(db: RapportDb, send: SendToTakeIn): Promise<TakenIn> {
  const {mail} = send;
  return db.transaction('rw', tables(db), async () => {
    if (await db.sentMails.get(mail.draftId)) {
      const tracked = await db.commitments.where('draftId').equals(mail.draftId).toArray();
      const closed = (await db.commitments.where('closedAt').above(0).toArray()).filter((commitment) => commitment.closedBy === mail.draftId);
      return {tracked, closed, again: true};
    }
    const {tracked, closed} = await trackSentMail(db, mail);
    await syncCommitmentNudges(db, [...tracked, ...closed], send.schedule, send.now);
    await recordUnanswered(db, mail.draftId, mail.subject, send.unanswered, send.now, send.unansweredAt, mail.threadId);
    await recordToneCounts(db, send.toneDay, send.toneCounts);
    // The asks this reply answers (the relationship radar's): closed with the send, opened again by its undo.
    await closeAnsweredAsks(db, mail);
    const record: SentMailRecord = {draftId: mail.draftId, threadId: mail.threadId, sentAt: mail.sentAt, recipients: mail.recipients};
    await db.sentMails.put(record);
    // Its recipients are contacts: in the contact book now if the book is already past the send (rare), else at the
    // next refresh.
    await bookFollows(db, [{before: [], after: sentContacts(record)}]);
    return {tracked, closed, again: false};
  });
}

/** Undo of a send, whole: its promises and reminders go, what it closed opens again, and its mark goes (so the same
 * draft sent again is taken in anew). */
export async function forgetSentMail(db: RapportDb, draftId: string, schedule: Schedule, now: number): Promise<{removed: string[]; reopened: string[]}> {
  return db.transaction('rw', tables(db), async () => {
    const {removed, reopened} = await withdrawMail(db, draftId);
    // The mail's own nudges go with it: its commitments' and its unanswered requests' (keyed by the draft).
    await dropNudgesOf(db, [...removed, draftId]);
    const again = await db.commitments.bulkGet(reopened);
    await syncCommitmentNudges(db, again.filter((commitment) => commitment !== undefined), schedule, now);
    await reopenAnsweredBy(db, draftId);
    const sent = await db.sentMails.get(draftId);
    await db.sentMails.delete(draftId);
    // A send the contact book already counts makes it stale (an undo within minutes of the send does not: the book
    // waits that long, contacts.ts SETTLE_MS).
    if (sent) await bookFollows(db, [{before: sentContacts(sent), after: []}]);
    return {removed, reopened};
  });
}
