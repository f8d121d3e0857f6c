import type {RapportDb} from './db.ts';

/** Counted with the tone statistics as a pseudo-rule: one per sent draft Rapport coached ("drafts coached"). */
export const DRAFTS_COACHED = '_drafts';

export type ToneCount = {ruleId: string; tier: string; count: number};

/** Add tone-hint counts for a day. Counts only: which rule, to which kind of recipient, how often. */
export async function recordToneCounts(db: RapportDb, day: string, counts: ToneCount[]): Promise<void> {
  await db.transaction('rw', db.toneStats, async () => {
    for (const {ruleId, tier, count} of counts) {
      if (!(count > 0)) continue;
      const key: [string, string, string] = [day, ruleId, tier];
      const existing = await db.toneStats.get(key);
      await db.toneStats.put({day, ruleId, tier, count: (existing?.count ?? 0) + count});
    }
  });
}
