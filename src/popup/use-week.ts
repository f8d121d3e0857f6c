import {useLiveQuery} from 'dexie-react-hooks';
import {database} from '../store/db.ts';
import type {StoredCommitment} from '../store/records.ts';
import {computeWeeklySummary, type WeeklySummary} from '../store/weekly-summary.ts';
import {toneTrend, type TrendWeek} from './tone.ts';
import {shiftDay} from '../shared/zoned-time.ts';

export type WeekData = {summary: WeeklySummary; trend: TrendWeek[]; open: StoredCommitment[]};

/**
 * This week, live: the summary as the store computes it, the tone trend with coached drafts kept apart from hints
 * (the summary's own trend adds the two), and the open commitments the catch-up agenda lists.
 */
export function useWeek(now: number, timeZone: string | undefined): WeekData | undefined {
  return useLiveQuery(async () => {
    if (!timeZone) return undefined;
    const db = database();
    const summary = await computeWeeklySummary(db, now, timeZone);
    const weekStarts = summary.tone.trend.map((week) => week.weekStart);
    const rows = await db.toneStats.where('day').between(weekStarts[0]!, shiftDay(weekStarts.at(-1)!, 7), true, false).toArray();
    const open = await db.commitments.where('status').equals('open').toArray();
    return {summary, trend: toneTrend(rows, weekStarts), open};
  }, [now, timeZone]);
}
