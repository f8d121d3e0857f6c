// A reply went out without answering something the other person asked: that comes back as a nudge the next
// working day, unless a later mail deals with it (the user marks it done) or the send is undone (withdrawn).
import type {RapportDb} from './db.ts';
import type {StoredNudge} from './records.ts';
import {threadLink} from './commitment-nudges.ts';
import {own, said, type RuleText} from '../shared/stored-text.ts';

/** An ask the reply left open: the hint's fingerprint and its message, kept as the rule's id and values. */
export type Unanswered = {fingerprint: string; message: RuleText};

export async function recordUnanswered(
  db: RapportDb, draftId: string, subject: string, items: Unanswered[], now: number, surfaceAt: number, threadId: string | null = null,
): Promise<number> {
  const nudges: StoredNudge[] = items.map((item) => ({
    id: `unanswered-request:${draftId}:${item.fingerprint}`, kind: 'unanswered-request', subjectId: draftId,
    title: item.message, detail: subject ? said('background_unansweredIn', own(subject)) : said('background_unansweredInSomeReply'),
    createdAt: now, surfaceAt, dueAt: null, status: 'active', link: threadLink(threadId),
  }));
  // Keys are stable, so a retried send stores each once; an existing one keeps the user's snooze or dismissal.
  // Two asks the analysis reports alike (one fingerprint) are one nudge: a doubled key would fail the whole send.
  const existing = new Set(await db.nudges.where('subjectId').equals(draftId).primaryKeys());
  const fresh = nudges.filter((nudge) => !existing.has(nudge.id) && (existing.add(nudge.id), true));
  await db.nudges.bulkAdd(fresh);
  return fresh.length;
}
