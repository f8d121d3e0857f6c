// Cadence gaps become nudges: one per target and period (the day the meeting fell due), however many times the
// calendar is viewed. When the target is back to "ok" (a meeting was booked or held), its gap nudge resolves.
import type {RapportDb} from './db.ts';
import type {StoredNudge} from './records.ts';
import {said, type StoredText} from '../shared/stored-text.ts';

export type GapView = {targetId: string; labelText: StoredText; status: string; dueDay?: string; detailText: StoredText};

const GAPS = new Set(['overdue', 'not-scheduled']);

export async function syncGapNudges(db: RapportDb, views: GapView[], now: number): Promise<number> {
  return db.transaction('rw', db.nudges, async () => {
    let changed = 0;
    for (const view of views) {
      const existing = await db.nudges.where('subjectId').startsWith(`${view.targetId}@`).toArray();
      const period = `${view.targetId}@${view.dueDay ?? 'never'}`;
      if (GAPS.has(view.status)) {
        if (!existing.some((nudge) => nudge.subjectId === period)) {
          const nudge: StoredNudge = {
            id: `cadence-gap:${period}`, kind: 'cadence-gap', subjectId: period, title: said(view.status === 'overdue' ? 'background_gapOverdue' : 'background_gapNotScheduled', view.labelText),
            detail: view.detailText, createdAt: now, surfaceAt: now, dueAt: view.dueDay ? Date.parse(`${view.dueDay}T12:00:00Z`) : null, status: 'active',
            link: 'https://calendar.google.com/calendar/u/0/r/week',
          };
          await db.nudges.put(nudge);
          changed++;
        }
      } else if (view.status === 'ok') {
        const open = existing.filter((nudge) => nudge.status === 'active');
        await db.nudges.bulkPut(open.map((nudge) => ({...nudge, status: 'done' as const, resolvedAt: now})));
        changed += open.length;
      }
    }
    return changed;
  });
}
