// Turns open commitments into nudges: one per commitment, surfacing an hour before a dated promise is due, or a
// few working days after an undated one was made. Closing a commitment resolves its nudge. Idempotent: running it
// again changes nothing, which is what lets alarms, restarts and retries all call it freely.
import type {Settings} from '../settings/settings.ts';
import {addWorkingDays} from '../shared/zoned-time.ts';
import {own, said} from '../shared/stored-text.ts';
import type {RapportDb} from './db.ts';
import type {StoredCommitment, StoredNudge} from './records.ts';
import {capitalise} from '../shared/capitalise.ts';

export const DUE_LEAD_MS = 60 * 60 * 1000;

export type Schedule = Pick<Settings, 'workingHours' | 'undatedFollowUpDays'> & {timeZone: string};

/** Gmail opens a thread by its id under any label; #all/ finds it wherever it was filed. */
export const threadLink = (threadId: string | null) =>
  threadId ? `https://mail.google.com/mail/u/0/#all/${encodeURIComponent(threadId)}` : undefined;

export function nudgeFor(commitment: StoredCommitment, schedule: Schedule): StoredNudge {
  // Kept as keys and values, worded when shown; the mail's own words (sentence, subject) stay as sent.
  const action = own(capitalise(commitment.action || commitment.sentence));
  const title = commitment.owner === 'executive'
    ? commitment.ownerName ? said('background_onBehalfOf', own(commitment.ownerName), action) : said('background_onYourExecutivesBehalf', action)
    : action;
  const [subject, sentence] = [own(commitment.subject), own(commitment.sentence)];
  const base = {subjectId: commitment.id, createdAt: commitment.createdAt, status: 'active' as const, title, dueAt: commitment.dueAt,
    link: threadLink(commitment.threadId)};
  if (commitment.dueAt !== null) {
    return {...base, id: `commitment-due:${commitment.id}`, kind: 'commitment-due',
      surfaceAt: Math.max(commitment.createdAt, commitment.dueAt - DUE_LEAD_MS),
      detail: commitment.subject ? said('background_youWroteOn', sentence, subject) : said('background_youWrote', sentence)};
  }
  return {...base, id: `commitment-undated:${commitment.id}`, kind: 'commitment-undated',
    surfaceAt: addWorkingDays(commitment.createdAt, schedule.undatedFollowUpDays, schedule.workingHours.days, schedule.timeZone),
    detail: commitment.subject ? said('background_youWroteUndatedOn', sentence, subject) : said('background_youWroteUndated', sentence)};
}

/**
 * Bring the nudges of these commitments in line with them: create missing ones, move one whose due date changed,
 * resolve those whose commitment closed. A nudge the user dismissed or snoozed keeps the user's choice.
 */
export async function syncCommitmentNudges(db: RapportDb, commitments: StoredCommitment[], schedule: Schedule, now: number): Promise<number> {
  return db.transaction('rw', db.nudges, async () => {
    let changed = 0;
    for (const commitment of commitments) {
      const wanted = nudgeFor(commitment, schedule);
      const existing = await db.nudges.where('subjectId').equals(commitment.id).toArray();
      if (commitment.status !== 'open') {
        const active = existing.filter((nudge) => nudge.status === 'active');
        await db.nudges.bulkPut(active.map((nudge) => ({...nudge, status: 'done' as const, resolvedAt: now})));
        changed += active.length;
        continue;
      }
      const current = existing.find((nudge) => nudge.id === wanted.id);
      if (!current) {
        await db.nudges.put(wanted);
        changed++;
      } else if (current.status === 'done' || current.dueAt !== wanted.dueAt) {
        // Reopened, or re-dated: surface it again on the new schedule.
        await db.nudges.put({...wanted, notifiedAt: undefined});
        changed++;
      }
    }
    return changed;
  });
}

/** Remove the nudges of commitments that no longer exist (a withdrawn send). */
export async function dropNudgesOf(db: RapportDb, commitmentIds: string[]): Promise<void> {
  await db.nudges.where('subjectId').anyOf(commitmentIds).delete();
}
