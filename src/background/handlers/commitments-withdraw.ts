import {database} from '../../store/db.ts';
import {withdrawMail} from '../../store/commitments.ts';
import {dropNudgesOf, syncCommitmentNudges} from '../../store/commitment-nudges.ts';
import {currentSettings, currentTimeZone} from '../settings.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import type {Handler} from './handler.ts';

export const commitmentsWithdraw: Handler<'commitments/withdraw'> = async ({draftId}) => {
  const db = database();
  const {removed, reopened} = await withdrawMail(db, draftId);
  // The mail's own nudges go with it: its commitments' and its unanswered requests' (keyed by the draft).
  await dropNudgesOf(db, [...removed, draftId]);
  const again = await db.commitments.bulkGet(reopened);
  await syncCommitmentNudges(db, again.filter((commitment) => commitment !== undefined), {...await currentSettings(), timeZone: await currentTimeZone()}, Date.now());
  await runLifecycle('commitments/withdraw');
  return {removed: removed.length, reopened: reopened.length};
};
