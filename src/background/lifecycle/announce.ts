// Which due nudges get a desktop notification now: none in quiet hours (they wait for the morning), at most the
// daily budget, oldest first. Marks what it announced so nothing is announced twice. No browser API here: the
// caller passes `notify`, so this is tested in Node.
import type {RapportDb} from '../../store/db.ts';
import {countNotifiedSince, unannounced} from '../../store/nudges.ts';
import type {StoredNudge} from '../../store/records.ts';
import type {Settings} from '../../settings/settings.ts';
import {atClockOnDay, inDailyWindow, windowEnd} from '../../shared/zoned-time.ts';

export type AnnounceResult = {announced: string[]; /** when to try again for the ones held back, if any */ retryAt: number | null};

export async function announceDue(
  db: RapportDb, settings: Settings, timeZone: string, now: number, notify: (nudge: StoredNudge) => Promise<void>,
): Promise<AnnounceResult> {
  const pending = await unannounced(db, now);
  if (pending.length === 0) return {announced: [], retryAt: null};
  const {quietHours} = settings;
  if (quietHours.enabled && inDailyWindow(now, quietHours.start, quietHours.end, timeZone)) {
    return {announced: [], retryAt: windowEnd(now, quietHours.end, timeZone)};
  }
  const startOfDay = atClockOnDay(now, 0, '00:00', timeZone);
  const budget = settings.dailyNotificationBudget - await countNotifiedSince(db, startOfDay);
  const announced: string[] = [];
  for (const nudge of pending.slice(0, Math.max(0, budget))) {
    await notify(nudge);
    await db.nudges.update(nudge.id, {notifiedAt: now});
    announced.push(nudge.id);
  }
  // Over budget: the rest wait for tomorrow, and stay visible in the popup and the badge meanwhile.
  const retryAt = announced.length < pending.length ? atClockOnDay(now, 1, quietHours.enabled ? quietHours.end : '08:00', timeZone) : null;
  return {announced, retryAt};
}
