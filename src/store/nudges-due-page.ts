// The first page of "due now", for the popup. A year of neglect leaves hundreds of active nudges; reading them all
// to show twenty made the popup open slowly (each record is fetched through the index and deserialised). Instead the
// page is read in order from indexes and stops as soon as it is full, and the total is an index-only count.
// The order is nudgesDueNow's exactly: dated nudges by deadline, then by when they surfaced, then undated ones.
import {Dexie, type Collection} from 'dexie';
import type {RapportDb} from './db.ts';
import {countDueNow} from './nudges.ts';
import type {StoredNudge} from './records.ts';

export type DuePage = {
  /** The most urgent `size` nudges due now, or more when that is what it takes to reach the one asked for. */
  nudges: StoredNudge[];
  /** How many are due now in all. */
  total: number;
};

/**
 * Reads `collection` in its order, keeping the nudges `keep` accepts, until `size` are kept and the one with id
 * `reach` (if any) is among them. `already` is what earlier reads kept.
 */
async function readUntilFull(
  collection: Collection<StoredNudge, string>, keep: (nudge: StoredNudge) => boolean,
  size: number, reach: string | null, already: StoredNudge[],
): Promise<StoredNudge[]> {
  const kept = [...already];
  let reached = reach === null || kept.some((nudge) => nudge.id === reach);
  await collection.until(() => kept.length >= size && reached).each((nudge) => {
    if (!keep(nudge)) return;
    kept.push(nudge);
    if (nudge.id === reach) reached = true;
  });
  return kept;
}

/**
 * The nudges due at `now`, most urgent first, `size` of them (more if `focusId`, a notification's nudge, lies deeper
 * in the list; it is included however deep), with the total due. Equal to the head of nudgesDueNow(db, now).
 */
export async function dueNowPage(db: RapportDb, now: number, size: number, focusId: string | null = null): Promise<DuePage> {
  return db.transaction('r', db.nudges, async () => {
    const total = await countDueNow(db, now);
    if (total === 0) return {nudges: [], total};
    // A link to a nudge acted on since, or snoozed, must not make the page read the whole backlog looking for it.
    const focus = focusId === null ? undefined : await db.nudges.get(focusId);
    const reach = focus && focus.status === 'active' && focus.surfaceAt <= now ? focus.id : null;
    // Dated ones in deadline order. The index also holds active nudges snoozed past `now`: skipped as they come.
    // (['active', minKey] sorts before, and ['active', maxKey] after, every active nudge's three-part key.)
    const dated = db.nudges.where('[status+dueAt+surfaceAt]').between(['active', Dexie.minKey], ['active', Dexie.maxKey], true, true);
    let nudges = await readUntilFull(dated, (nudge) => nudge.surfaceAt <= now, size, reach, []);
    const full = () => nudges.length >= size && (reach === null || nudges.some((nudge) => nudge.id === reach));
    if (!full() && nudges.length < total) {
      // Then undated ones, by when they surfaced. This range holds the dated ones too; those are already read.
      const surfaced = db.nudges.where('[status+surfaceAt]').between(['active', Dexie.minKey], ['active', now], true, true);
      nudges = await readUntilFull(surfaced, (nudge) => nudge.dueAt === null, size, reach, nudges);
    }
    return {nudges, total};
  });
}
