// The radar's nudges: a key person gone quiet past their interval, an ask from a key person waiting longer than the
// group allows, a promise made to the user now past its day. One per subject, however often derived; each resolves
// when its reason goes (a contact, a reply, a delivery). A nudge the user dismissed or snoozed keeps the user's choice.
import type {OwedItem, PersonRadar} from '../radar/index.ts';
import {dayKey} from '../shared/zoned-time.ts';
import {own, said} from '../shared/stored-text.ts';
import {threadLink} from './commitment-nudges.ts';
import type {RapportDb} from './db.ts';
import type {NudgeKind, StoredNudge} from './records.ts';

const RADAR_KINDS: NudgeKind[] = ['keep-in-touch', 'ask-waiting', 'promise-overdue'];

/** Gmail's own compose, addressed, nothing sent. */
export const writeLink = (email: string) => `https://mail.google.com/mail/?view=cm&fs=1&to=${encodeURIComponent(email)}`;

function wanted(radar: readonly PersonRadar[], now: number, timeZone: string): StoredNudge[] {
  const nudges: StoredNudge[] = [];
  const base = {createdAt: now, surfaceAt: now, status: 'active' as const};
  for (const entry of radar) {
    const name = own(entry.person.name);
    if (entry.status === 'overdue' && entry.lastContact && entry.touchDueAt !== null) {
      // Keyed by the day it fell due: a contact moves the due day, so the next gap is a new nudge.
      const subjectId = `${entry.person.email}@${dayKey(entry.touchDueAt, timeZone)}`;
      nudges.push({
        ...base, id: `keep-in-touch:${subjectId}`, kind: 'keep-in-touch', subjectId, dueAt: entry.touchDueAt,
        title: said('background_radarKeepInTouch', name),
        detail: said('background_radarLastContact', {day: dayKey(entry.lastContact.at, timeZone)}, String(entry.everyDays)),
        link: writeLink(entry.person.email),
      });
    }
    for (const item of entry.owedByMe) if (entry.lateAskIds.has(item.id)) nudges.push(askNudge(item, base, name));
    for (const item of entry.owedToMe) {
      if (item.dueAt === null || item.dueAt > now) continue;
      nudges.push({
        ...base, id: `promise-overdue:${item.id}`, kind: 'promise-overdue', subjectId: item.id, dueAt: item.dueAt,
        title: said('background_radarPromiseOverdue', name, {day: dayKey(item.dueAt, timeZone)}),
        detail: said('background_radarTheyWrote', own(item.sentence)), link: threadLink(item.threadId),
      });
    }
  }
  return nudges;
}

const askNudge = (item: OwedItem, base: Pick<StoredNudge, 'createdAt' | 'surfaceAt' | 'status'>, name: ReturnType<typeof own>): StoredNudge => ({
  ...base, id: `ask-waiting:${item.id}`, kind: 'ask-waiting', subjectId: item.id, dueAt: item.dueAt,
  title: said('background_radarAskWaiting', name), detail: said('background_radarTheyAsked', own(item.sentence)), link: threadLink(item.threadId),
});

export async function syncRadarNudges(db: RapportDb, radar: readonly PersonRadar[], now: number, timeZone: string): Promise<number> {
  const want = new Map(wanted(radar, now, timeZone).map((nudge) => [nudge.id, nudge]));
  return db.transaction('rw', db.nudges, async () => {
    let changed = 0;
    const existing = await db.nudges.where('kind').anyOf(RADAR_KINDS).toArray();
    const byId = new Map(existing.map((nudge) => [nudge.id, nudge]));
    const fresh = [...want.values()].filter((nudge) => !byId.has(nudge.id));
    await db.nudges.bulkAdd(fresh);
    changed += fresh.length;
    // Its reason gone (a contact, a reply, a delivery, the person no longer key): done.
    const gone = existing.filter((nudge) => nudge.status === 'active' && !want.has(nudge.id));
    await db.nudges.bulkPut(gone.map((nudge) => ({...nudge, status: 'done' as const, resolvedAt: now})));
    return changed + gone.length;
  });
}
