import {database} from '../../store/db.ts';
import {forgetSentMail} from '../../store/sent-mails.ts';
import {currentSettings, currentTimeZone} from '../settings.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import type {Handler} from './handler.ts';

export const commitmentsWithdraw: Handler<'commitments/withdraw'> = async ({draftId}) => {
  const schedule = {...await currentSettings(), timeZone: await currentTimeZone()};
  const {removed, reopened} = await forgetSentMail(database(), draftId, schedule, Date.now());
  await runLifecycle('commitments/withdraw');
  return {removed: removed.length, reopened: reopened.length};
};
