// The weekly summary: what the EA promised and kept, how their writing was coached, week over week. Computed from
// indexed ranges only, so a year of data answers in milliseconds.
import {weekBounds, weekStartKey} from '../shared/zoned-time.ts';
import type {RapportDb} from './db.ts';
import type {StoredCommitment} from './records.ts';
import {DRAFTS_COACHED} from './tone-stats.ts';

export type WeeklySummary = {
  weekStart: string;
  computedAt: number;
  commitments: {made: number; keptOnTime: number; late: number; open: number; executive: {made: number; open: number}};
  tone: {
    /** Sent drafts Rapport coached this week. */
    drafts: number;
    hints: number; byRule: Record<string, number>; byTier: Record<string, number>;
    /** oldest first, this week last */ trend: Array<{weekStart: string; hints: number}>;
  };
};

const TREND_WEEKS = 6;


const keptOnTime = (commitment: StoredCommitment) =>
  commitment.closedHow !== 'dismissed' && commitment.status === 'done' && (commitment.dueAt === null || (commitment.closedAt ?? Infinity) <= commitment.dueAt);

async function toneWeek(db: RapportDb, weekStart: string, weekEnd: string) {
  return db.toneStats.where('day').between(weekStart, weekEnd, true, false).toArray();
}

const isHint = (row: {ruleId: string}) => row.ruleId !== DRAFTS_COACHED;

export async function computeWeeklySummary(db: RapportDb, now: number, timeZone: string): Promise<WeeklySummary> {
  const weekStart = weekStartKey(now, timeZone);
  const [from, to] = weekBounds(weekStart, timeZone);
  return db.transaction('r', db.commitments, db.toneStats, async () => {
    const made = await db.commitments.where('createdAt').between(from, to, true, false).toArray();
    const closed = await db.commitments.where('closedAt').between(from, to, true, false).toArray();
    const overdueOpen = await db.commitments.where('[status+dueAt]').between(['open', from], ['open', Math.min(now, to)], true, false).count();
    const open = await db.commitments.where('status').equals('open').toArray();

    const trend: WeeklySummary['tone']['trend'] = [];
    let thisWeek: Awaited<ReturnType<typeof toneWeek>> = [];
    for (let back = TREND_WEEKS - 1; back >= 0; back--) {
      const start = weekStartKey(from - back * 7 * 86_400_000 + 12 * 3_600_000, timeZone);
      const end = weekStartKey(weekBounds(start, timeZone)[1] + 12 * 3_600_000, timeZone);
      const rows = await toneWeek(db, start, end);
      trend.push({weekStart: start, hints: rows.filter(isHint).reduce((sum, row) => sum + row.count, 0)});
      if (back === 0) thisWeek = rows;
    }
    const tally = (key: 'ruleId' | 'tier') => thisWeek.filter(isHint).reduce<Record<string, number>>((sums, row) => ({...sums, [row[key]]: (sums[row[key]] ?? 0) + row.count}), {});

    return {
      weekStart,
      computedAt: now,
      commitments: {
        made: made.length,
        keptOnTime: closed.filter(keptOnTime).length,
        late: closed.filter((commitment) => commitment.closedHow !== 'dismissed' && !keptOnTime(commitment)).length + overdueOpen,
        open: open.length,
        executive: {made: made.filter((c) => c.owner === 'executive').length, open: open.filter((c) => c.owner === 'executive').length},
      },
      tone: {
        drafts: thisWeek.filter((row) => !isHint(row)).reduce((sum, row) => sum + row.count, 0),
        hints: trend.at(-1)!.hints, byRule: tally('ruleId'), byTier: tally('tier'), trend,
      },
    };
  });
}
