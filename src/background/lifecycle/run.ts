// The background's heartbeat. Everything that depends on time — nudges surfacing, notifications, the badge, the
// next alarm — is derived again from the store here, so it can run at any moment and any number of times: on an
// alarm, after a write, when the worker starts after the browser was closed (catching up on what came due).
import browser from 'webextension-polyfill';
import {database} from '../../store/db.ts';
import {syncCommitmentNudges} from '../../store/commitment-nudges.ts';
import {nextSurfaceAfter} from '../../store/nudges.ts';
import {computeWeeklySummary} from '../../store/weekly-summary.ts';
import {nextWeekly} from '../../shared/zoned-time.ts';
import {printError} from '../../shared/log.ts';
import {currentSettings, currentTimeZone} from '../settings.ts';
import {refreshCadenceGaps} from '../calendar/gaps.ts';
import {refreshRadarNudges} from '../radar/refresh.ts';
import {announceDue} from './announce.ts';
import {refreshBadge} from './badge.ts';
import {showNudgeNotification, showWeeklyNotification} from './notifications.ts';
import {cadenceForSummary} from './weekly-cadence.ts';
import {t, tCount} from '../../shared/i18n.ts';

export const ALARM_NEXT = 'rapport:next';
export const ALARM_WEEKLY = 'rapport:weekly';
/** A periodic safety net in case a one-shot alarm was lost (the browser was asleep, the clock jumped). */
export const ALARM_SAFETY = 'rapport:safety';

let running: Promise<void> = Promise.resolve();

/** Run the lifecycle once, after any run already under way (runs never overlap). */
export function runLifecycle(reason: string, options: {reconcileAll?: boolean} = {}): Promise<void> {
  running = running.then(() => lifecycle(options.reconcileAll ?? false)).catch((error: unknown) => {
    printError(`lifecycle (${reason})`, error);
  });
  return running;
}

async function lifecycle(reconcileAll: boolean): Promise<void> {
  const db = database();
  const settings = await currentSettings();
  const timeZone = await currentTimeZone();
  const now = Date.now();
  if (reconcileAll) {
    const open = await db.commitments.where('status').equals('open').toArray();
    await syncCommitmentNudges(db, open, {...settings, timeZone}, now);
  }
  // The radar's nudges follow time and the latest mail; a failure there must not stop the badge and reminders.
  await refreshRadarNudges(settings, timeZone, now).catch((error: unknown) => printError('radar', error));
  const {retryAt} = await announceDue(db, settings, timeZone, now, showNudgeNotification);
  await refreshBadge(db, now);
  const next = [await nextSurfaceAfter(db, now), retryAt].filter((when): when is number => when !== null);
  if (next.length > 0) await browser.alarms.create(ALARM_NEXT, {when: Math.max(now + 1000, Math.min(...next))});
  else await browser.alarms.clear(ALARM_NEXT);
  const weekly = nextWeekly(now, settings.weeklySummary.day, settings.weeklySummary.time, timeZone);
  const existing = await browser.alarms.get(ALARM_WEEKLY);
  if (existing?.scheduledTime !== weekly) await browser.alarms.create(ALARM_WEEKLY, {when: weekly});
  if (!await browser.alarms.get(ALARM_SAFETY)) await browser.alarms.create(ALARM_SAFETY, {periodInMinutes: 30});
}

export async function runWeeklySummary(): Promise<void> {
  const db = database();
  const now = Date.now();
  const summary = await computeWeeklySummary(db, now, await currentTimeZone());
  // The popup's "Previous weeks" reads these rows back (src/store/past-weeks.ts), the rhythm kept included.
  await db.summaries.put({weekStart: summary.weekStart, computedAt: summary.computedAt, summary: {...summary, cadence: await cadenceForSummary(now)}});
  const {made, keptOnTime, open} = summary.commitments;
  await showWeeklyNotification(t('background_weeklyTitle'), tCount('background_weeklyBody', made, keptOnTime, open));
}

export function listenForAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_WEEKLY) {
      void runWeeklySummary().catch((error: unknown) => printError('weekly summary', error)).then(() => runLifecycle('weekly'));
    } else if (alarm.name === ALARM_SAFETY) {
      // Time alone opens cadence gaps (a weekly catch-up falls overdue): derive them here, not when the popup reads.
      void refreshCadenceGaps().catch((error: unknown) => printError('cadence gaps', error)).then(() => runLifecycle(alarm.name));
    } else if (alarm.name === ALARM_NEXT) {
      void runLifecycle(alarm.name);
    }
  });
}
