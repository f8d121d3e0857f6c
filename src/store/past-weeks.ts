// Past weeks, as the weekly summary stored them (one `summaries` row a week, written by the background's weekly
// alarm). A row's summary is whatever the version that wrote it, or an imported file, put there, so each is read
// field by field: a row without its figures is left out rather than shown wrong, and one bad row never hides the rest.
import type {CadenceStatus} from '../cadence/types.ts';
import type {RapportDb} from './db.ts';
import type {WeeklySummaryRecord} from './records.ts';

/** The meeting rhythm at the week's summary: targets kept (on track or merely due soon) of those Rapport could judge. */
export type CadenceKept = {kept: number; of: number};

export type PastWeek = {
  /** The week's Monday, YYYY-MM-DD. */
  weekStart: string;
  made: number;
  keptOnTime: number;
  late: number;
  /** Open when the week was summed up. */
  open: number;
  /** Null when the summary did not record it (summaries from before it was kept, or no rhythm to judge). */
  cadence: CadenceKept | null;
};

/** How many past weeks the popup lists: a quarter, enough to see a trend, and a bounded read however old the data. */
export const PAST_WEEKS_SHOWN = 12;

/** The rhythm's headline from the cadence per target: unknown ones (days Rapport has not seen) are not judged. */
export function cadenceKept(statuses: readonly CadenceStatus[]): CadenceKept | null {
  const judged = statuses.filter((status) => status !== 'unknown');
  if (judged.length === 0) return null;
  return {kept: judged.filter((status) => status === 'ok' || status === 'due-soon').length, of: judged.length};
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readCadence(value: unknown): CadenceKept | null {
  if (!isRecord(value) || !isCount(value.kept) || !isCount(value.of) || value.of === 0 || value.kept > value.of) return null;
  return {kept: value.kept, of: value.of};
}

/** A stored row's headline figures, or null when the row does not hold them. */
export function readPastWeek(record: WeeklySummaryRecord): PastWeek | null {
  if (typeof record.weekStart !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(record.weekStart) || !isRecord(record.summary)) return null;
  const {commitments, cadence} = record.summary;
  if (!isRecord(commitments)) return null;
  const {made, keptOnTime, late, open} = commitments;
  if (!isCount(made) || !isCount(keptOnTime) || !isCount(late) || !isCount(open)) return null;
  return {weekStart: record.weekStart, made, keptOnTime, late, open, cadence: readCadence(cadence)};
}

/** The weeks summed up before `weekStart` (this week's Monday), newest first, at most `limit` of them. */
export async function pastWeeks(db: RapportDb, weekStart: string, limit = PAST_WEEKS_SHOWN): Promise<PastWeek[]> {
  // The table's key is the week's Monday: one descending key range, read no further than the rows shown. Rows that
  // do not hold figures are skipped as they come, so they do not take the place of readable ones.
  const rows = await db.summaries.where(':id').below(weekStart).reverse()
    .filter((record) => readPastWeek(record) !== null).limit(limit).toArray();
  return rows.map((record) => readPastWeek(record)!);
}
