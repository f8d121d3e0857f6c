import {database} from '../../store/db.ts';
import {trackSentMail} from '../../store/commitments.ts';
import {syncCommitmentNudges} from '../../store/commitment-nudges.ts';
import {currentSettings, currentTimeZone} from '../settings.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import type {Handler} from './handler.ts';

export const commitmentsTrack: Handler<'commitments/track'> = async (mail) => {
  const db = database();
  const {tracked, closed} = await trackSentMail(db, mail);
  await syncCommitmentNudges(db, [...tracked, ...closed], {...await currentSettings(), timeZone: await currentTimeZone()}, Date.now());
  await runLifecycle('commitments/track');
  return {tracked: tracked.length, closed: closed.map(({id, action}) => ({id, action}))};
};
