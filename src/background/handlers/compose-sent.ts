import {database} from '../../store/db.ts';
import {trackSentMail} from '../../store/commitments.ts';
import {forgetMail} from './commitments-withdraw.ts';
import {syncCommitmentNudges} from '../../store/commitment-nudges.ts';
import {DRAFTS_COACHED, recordToneCounts} from '../../store/tone-stats.ts';
import {addWorkingDays, dayKey} from '../../shared/zoned-time.ts';
import {recordUnanswered} from '../../store/unanswered-nudges.ts';
import {toSentMail} from '../analysis/sent-mail.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import {currentSettings, currentTimeZone} from '../settings.ts';
import type {Handler} from './handler.ts';

export const composeSent: Handler<'compose/sent'> = async (request) => {
  const db = database();
  // The same compose sent earlier under a provisional key (before Gmail named its draft): its records give way to
  // this send's, so the mail is tracked once.
  if (request.replaces) await forgetMail(db, request.replaces);
  const timeZone = await currentTimeZone();
  const settings = await currentSettings();
  const {mail, unanswered} = await toSentMail(request);
  const {tracked, closed} = await trackSentMail(db, mail);
  const now = Date.now();
  await syncCommitmentNudges(db, [...tracked, ...closed], {...settings, timeZone}, now);
  await recordUnanswered(db, request.draftId, request.subject, unanswered, now,
    addWorkingDays(request.sentAt, 1, settings.workingHours.days, timeZone), request.threadId);
  const tier = request.input.recipients?.[0]?.tier ?? 'external';
  await recordToneCounts(db, dayKey(request.sentAt, timeZone), [...request.toneCounts, {ruleId: DRAFTS_COACHED, tier, count: 1}]);
  await runLifecycle('compose/sent');
  return {
    tracked: tracked.map(({id, action, dueAt}) => ({id, action, dueAt})),
    closed: closed.map(({id, action}) => ({id, action})),
  };
};
