// Reading and acting on nudges. "Due now" is one indexed range: active nudges whose surfaceAt has passed.
import {Dexie} from 'dexie';
import type {RapportDb} from './db.ts';
import type {StoredNudge} from './records.ts';

/** Active nudges visible at `now`, most urgent first: overdue deadlines, then by when they surfaced. */
export async function nudgesDueNow(db: RapportDb, now: number): Promise<StoredNudge[]> {
  const due = await db.nudges.where('[status+surfaceAt]').between(['active', Dexie.minKey], ['active', now], true, true).toArray();
  return due.sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || a.surfaceAt - b.surfaceAt);
}

export async function countDueNow(db: RapportDb, now: number): Promise<number> {
  return db.nudges.where('[status+surfaceAt]').between(['active', Dexie.minKey], ['active', now], true, true).count();
}

/** When the next active nudge surfaces after `now`, if any: the background's next alarm. */
export async function nextSurfaceAfter(db: RapportDb, now: number): Promise<number | null> {
  const next = await db.nudges.where('[status+surfaceAt]').between(['active', now + 1], ['active', Dexie.maxKey]).first();
  return next?.surfaceAt ?? null;
}

export type NudgeAction = {action: 'done' | 'dismiss'} | {action: 'snooze'; until: number};

export async function actOnNudge(db: RapportDb, id: string, act: NudgeAction, now: number): Promise<StoredNudge> {
  return db.transaction('rw', db.nudges, async () => {
    const nudge = await db.nudges.get(id);
    if (!nudge) throw new Error(`no nudge ${id}`);
    const next: StoredNudge = act.action === 'snooze'
      ? {...nudge, status: 'active', surfaceAt: act.until, notifiedAt: undefined}
      : {...nudge, status: act.action === 'done' ? 'done' : 'dismissed', resolvedAt: now};
    await db.nudges.put(next);
    return next;
  });
}

/** Visible nudges not yet announced by a notification, oldest first. */
export async function unannounced(db: RapportDb, now: number): Promise<StoredNudge[]> {
  const due = await db.nudges.where('[status+surfaceAt]').between(['active', Dexie.minKey], ['active', now], true, true).toArray();
  return due.filter((nudge) => nudge.notifiedAt === undefined).sort((a, b) => a.surfaceAt - b.surfaceAt);
}

export async function countNotifiedSince(db: RapportDb, since: number): Promise<number> {
  return db.nudges.where('notifiedAt').aboveOrEqual(since).count();
}
