// Commitments from sent mail: stored once however often they arrive, closed when a later mail delivers them,
// withdrawn when the user undoes the send.
import {deliveredCommitments} from '../commitments/delivery.ts';
import {stableHash} from '../shared/hash.ts';
import type {RapportDb} from './db.ts';
import type {SentMail} from '../shared/sent-mail.ts';
import type {StoredCommitment} from './records.ts';

export type {SentMail};

export type TrackResult = {tracked: StoredCommitment[]; closed: StoredCommitment[]};

/**
 * The id keeps the action as well as the sentence: the engine now tracks one promise per sentence, but promises
 * stored before that, two from one sentence ("I'll review it Monday and get back to you Tuesday"), stay apart.
 */
export const commitmentId = (draftId: string, sentence: string, action = '') =>
  `c-${stableHash(`${draftId}\u0000${sentence.trim().replace(/\s+/g, ' ')}\u0000${action.trim().toLowerCase()}`)}`;

export async function trackSentMail(db: RapportDb, mail: SentMail): Promise<TrackResult> {
  return db.transaction('rw', db.commitments, async () => {
    const closed = await closeDelivered(db, mail);
    const tracked: StoredCommitment[] = [];
    for (const commitment of mail.commitments) {
      const id = commitmentId(mail.draftId, commitment.sentence, commitment.action);
      const existing = await db.commitments.get(id);
      if (existing) continue; // a retried message or a second tab: stored once, never reset
      const record: StoredCommitment = {
        id, draftId: mail.draftId, threadId: mail.threadId, subject: mail.subject,
        sentence: commitment.sentence, action: commitment.action, owner: commitment.owner, ownerName: commitment.ownerName,
        counterparts: mail.recipients, createdAt: mail.sentAt, dueAt: commitment.dueAt, duePhrase: commitment.duePhrase,
        vague: commitment.vague, status: 'open',
      };
      await db.commitments.add(record);
      tracked.push(record);
    }
    return {tracked, closed};
  });
}

async function closeDelivered(db: RapportDb, mail: SentMail): Promise<StoredCommitment[]> {
  if (!mail.threadId) return [];
  const open = (await db.commitments.where('threadId').equals(mail.threadId).toArray())
    .filter((commitment) => commitment.status === 'open' && commitment.draftId !== mail.draftId && commitment.owner !== 'other');
  const ids = new Set(deliveredCommitments(open, mail.sentences, mail.hasAttachment));
  const closed = open.filter((commitment) => ids.has(commitment.id))
    .map((commitment) => ({...commitment, status: 'done' as const, closedAt: mail.sentAt, closedHow: 'delivered' as const, closedBy: mail.draftId}));
  await db.commitments.bulkPut(closed);
  return closed;
}

/** Undo of a send: forget what that mail promised and reopen what it closed. */
export async function withdrawMail(db: RapportDb, draftId: string): Promise<{removed: string[]; reopened: string[]}> {
  return db.transaction('rw', db.commitments, async () => {
    const removed = await db.commitments.where('draftId').equals(draftId).primaryKeys();
    await db.commitments.bulkDelete(removed);
    const closedByIt = (await db.commitments.where('closedAt').above(0).toArray()).filter((commitment) => commitment.closedBy === draftId);
    await db.commitments.bulkPut(closedByIt.map(reopened));
    return {removed, reopened: closedByIt.map((commitment) => commitment.id)};
  });
}

function reopened(commitment: StoredCommitment): StoredCommitment {
  const {closedAt: _closedAt, closedHow: _closedHow, closedBy: _closedBy, ...rest} = commitment;
  return {...rest, status: 'open'};
}

export type CommitmentAction = 'done' | 'dismiss' | 'reopen';

export async function updateCommitment(db: RapportDb, id: string, action: CommitmentAction, now: number): Promise<StoredCommitment> {
  return db.transaction('rw', db.commitments, async () => {
    const commitment = await db.commitments.get(id);
    if (!commitment) throw new Error(`no commitment ${id}`);
    const next: StoredCommitment = action === 'reopen' ? reopened(commitment)
      : {...commitment, status: action === 'done' ? 'done' : 'dismissed', closedAt: now, closedHow: action === 'done' ? 'marked-done' : 'dismissed'};
    await db.commitments.put(next);
    return next;
  });
}
