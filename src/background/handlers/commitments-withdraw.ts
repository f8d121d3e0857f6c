import {database, type RapportDb} from '../../store/db.ts';
import {withdrawMail} from '../../store/commitments.ts';
import {dropNudgesOf, syncCommitmentNudges} from '../../store/commitment-nudges.ts';
import {currentSettings, currentTimeZone} from '../settings.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import type {Handler} from './handler.ts';

/** Forget a sent mail: its promises and nudges go, and what it had closed opens again. */
export async function forgetMail(db: RapportDb, draftId: string): Promise<{removed: string[]; reopened: string[]}> {
  const {removed, reopened} = await withdrawMail(db, draftId);
  // The mail's own nudges go with it: its commitments' and its unanswered requests' (keyed by the draft).
  await dropNudgesOf(db, [...removed, draftId]);
  const again = await db.commitments.bulkGet(reopened);
  await syncCommitmentNudges(db, again.filter((commitment) => commitment !== undefined), {...await currentSettings(), timeZone: await currentTimeZone()}, Date.now());
  return {removed, reopened};
}

export const commitmentsWithdraw: Handler<'commitments/withdraw'> = async ({draftId}) => {
  const {removed, reopened} = await forgetMail(database(), draftId);
  await runLifecycle('commitments/withdraw');
  return {removed: removed.length, reopened: reopened.length};
};
