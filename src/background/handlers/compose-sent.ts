import {database} from '../../store/db.ts';
import {forgetSentMail, takeInSentMail} from '../../store/sent-mails.ts';
import {DRAFTS_COACHED} from '../../store/tone-stats.ts';
import {addWorkingDays, dayKey} from '../../shared/zoned-time.ts';
import {toSentMail} from '../analysis/sent-mail.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import {currentSettings, currentTimeZone} from '../settings.ts';
import type {Handler} from './handler.ts';

export const composeSent: Handler<'compose/sent'> = async (request) => {
  const db = database();
  // Read before the transaction: a transaction that awaits anything but the database commits early.
  const timeZone = await currentTimeZone();
  const settings = await currentSettings();
  const schedule = {...settings, timeZone};
  const now = Date.now();
  // The same compose sent earlier under a provisional key (before Gmail named its draft): its records give way to
  // this send's, so the mail is tracked once.
  if (request.replaces) await forgetSentMail(db, request.replaces, schedule, now);
  // Analysed with the user's own choices, as the draft was while it was written: a rule turned off, a phrase
  // silenced or a hint dismissed stays so at send.
  const {mail, unanswered} = await toSentMail(request);
  const tier = request.input.recipients?.[0]?.tier ?? 'external';
  const {tracked, closed, again} = await takeInSentMail(db, {
    mail, unanswered, schedule, now,
    unansweredAt: addWorkingDays(request.sentAt, 1, settings.workingHours.days, timeZone),
    toneDay: dayKey(request.sentAt, timeZone),
    toneCounts: [...request.toneCounts, {ruleId: DRAFTS_COACHED, tier, count: 1}],
  });
  if (!again) await runLifecycle('compose/sent');
  return {
    tracked: tracked.map(({id, action, dueAt}) => ({id, action, dueAt})),
    closed: closed.map(({id, action}) => ({id, action})),
  };
};
