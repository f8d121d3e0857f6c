// The first page of "due now", for the popup. A year of neglect leaves hundreds of active nudges; reading them all
// to show twenty made the popup open slowly. Instead the page is read in order from indexes and stops as soon as it
// is full. Chromium walks an index range entry by entry even to count it (about as slow as reading the records), so
// the total (countDueNow) is a separate query the list does not wait for.
// The order is nudgesDueNow's exactly: dated nudges by deadline, then by when they surfaced, then undated ones.
import {Dexie, type Collection} from 'dexie';
import type {RapportDb} from './db.ts';
import type {StoredNudge} from './records.ts';

/**
 * Reads `range()` in its order, keeping the nudges `keep` accepts, until `size` are kept and the one with id `reach`
 * (if any) is among them. `already` is what earlier reads kept. Read a page at a time: the first page is one
 * request (getAll with a count), where a cursor would be one round trip per nudge.
 */
async function readUntilFull(
  range: () => Collection<StoredNudge, string>, keep: (nudge: StoredNudge) => boolean,
  size: number, reach: string | null, already: StoredNudge[],
): Promise<StoredNudge[]> {
  const kept = [...already];
  let reached = reach === null || kept.some((nudge) => nudge.id === reach);
  const full = () => kept.length >= size && reached;
  const batch = Math.max(size, 1);
  for (let offset = 0; !full(); offset += batch) {
    const rows = await range().offset(offset).limit(batch).toArray();
    for (const nudge of rows) {
      if (full()) break;
      if (!keep(nudge)) continue;
      kept.push(nudge);
      if (nudge.id === reach) reached = true;
    }
    if (rows.length < batch) break;
  }
  return kept;
}

/** The nudge's id when it is due at `now` (active and surfaced), else null. */
const dueId = (nudge: StoredNudge | undefined, now: number) => nudge && nudge.status === 'active' && nudge.surfaceAt <= now ? nudge.id : null;

/**
 * The nudges due at `now`, most urgent first, `size` of them (more if `focusId`, a notification's nudge, lies deeper
 * in the list; it is included however deep). Equal to the head of nudgesDueNow(db, now). Reads fewer than twice
 * `size` records, however long the backlog (without a focus deep in it).
 */
export async function dueNowPage(db: RapportDb, now: number, size: number, focusId: string | null = null): Promise<StoredNudge[]> {
  return db.transaction('r', db.nudges, async () => {
    // A link to a nudge acted on since, or snoozed, must not make the page read the whole backlog looking for it.
    const reach = focusId === null ? null : dueId(await db.nudges.get(focusId), now);
    // Dated ones in deadline order; the index also holds active nudges snoozed past `now`, skipped as they come.
    // (['active', minKey] sorts before, and ['active', maxKey] after, every active nudge's three-part key.)
    const dated = () => db.nudges.where('[status+dueAt+surfaceAt]').between(['active', Dexie.minKey], ['active', Dexie.maxKey], true, true);
    const nudges = await readUntilFull(dated, (nudge) => nudge.surfaceAt <= now, size, reach, []);
    const full = nudges.length >= size && (reach === null || nudges.some((nudge) => nudge.id === reach));
    if (full) return nudges;
    // Then undated ones, by when they surfaced. This range holds the dated ones too (fewer than `size` of them, or
    // the page would be full): those are already read, and skipped.
    const surfaced = () => db.nudges.where('[status+surfaceAt]').between(['active', Dexie.minKey], ['active', now], true, true);
    return readUntilFull(surfaced, (nudge) => nudge.dueAt === null, size, reach, nudges);
  });
}
