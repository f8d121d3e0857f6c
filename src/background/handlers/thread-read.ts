import {database} from '../../store/db.ts';
import {takeInThread} from '../../store/owed-items.ts';
import {owedInThread} from '../analysis/received-mail.ts';
import {runLifecycle} from '../lifecycle/run.ts';
import {currentSettings, currentTimeZone} from '../settings.ts';
import type {Handler} from './handler.ts';

export const threadRead: Handler<'thread/read'> = async (request) => {
  // Read before the transaction: a transaction that awaits anything but the database commits early.
  const settings = await currentSettings();
  const timeZone = await currentTimeZone();
  const mine = new Set(settings.people.myAddresses.map((address) => address.toLowerCase()));
  const isMine = (email: string) => mine.has(email.toLowerCase());
  const now = Date.now();
  const {found, sentences} = await owedInThread(request, {isMine, knowsMyAddresses: mine.size > 0, timeZone, workingHours: settings.workingHours, now});
  const taken = await takeInThread(database(), {read: request, found, latestSentences: sentences, isMine}, now);
  if (taken.asks + taken.promises + taken.closed > 0) await runLifecycle('thread/read');
  return taken;
};
