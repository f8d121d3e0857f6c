import {database} from '../../store/db.ts';
import {updateCommitment} from '../../store/commitments.ts';
import {syncCommitmentNudges} from '../../store/commitment-nudges.ts';
import {currentSettings, currentTimeZone} from '../settings.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import type {Handler} from './handler.ts';

export const commitmentsUpdate: Handler<'commitments/update'> = async ({id, action}) => {
  const db = database();
  const now = Date.now();
  const commitment = await updateCommitment(db, id, action, now);
  await syncCommitmentNudges(db, [commitment], {...await currentSettings(), timeZone: await currentTimeZone()}, now);
  await runLifecycle('commitments/update');
  return {status: commitment.status};
};
