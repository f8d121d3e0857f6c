// The relationships part of the weekly summary and of the copied catch-up agenda: who the user has gone quiet on,
// whose asks wait on the user, and what others promised the user. Pure, from the radar; short by design (the People
// view has the rest).
import type {PersonRadar} from '../radar/index.ts';

export type RelationshipsDigest = {
  /** Key people past their keep-in-touch interval, longest overdue first. */
  overdue: Array<{name: string; email: string; lastAt: number}>;
  /** Asks of the user still open, late ones first, then oldest first. */
  asksWaiting: Array<{name: string; sentence: string; at: number; late: boolean}>;
  /** Promises made to the user still open, late ones first, then by their day. */
  promisesOwed: Array<{name: string; sentence: string; dueAt: number | null; late: boolean}>;
};

export function relationshipsDigest(radar: readonly PersonRadar[], now: number): RelationshipsDigest {
  const name = (entry: PersonRadar) => entry.person.name || entry.person.email;
  const overdue = radar.filter((entry) => entry.status === 'overdue' && entry.lastContact)
    .sort((a, b) => a.touchDueAt! - b.touchDueAt!)
    .map((entry) => ({name: name(entry), email: entry.person.email, lastAt: entry.lastContact!.at}));
  const asksWaiting = radar.flatMap((entry) => entry.owedByMe.map((item) => ({name: name(entry), sentence: item.sentence, at: item.at, late: entry.lateAskIds.has(item.id)})))
    .sort((a, b) => Number(b.late) - Number(a.late) || a.at - b.at);
  const promisesOwed = radar.flatMap((entry) => entry.owedToMe.map((item) => ({
    name: name(entry), sentence: item.sentence, dueAt: item.dueAt, late: item.dueAt !== null && item.dueAt <= now,
  }))).sort((a, b) => Number(b.late) - Number(a.late) || (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity));
  return {overdue, asksWaiting, promisesOwed};
}

export const isQuiet = (digest: RelationshipsDigest) => digest.overdue.length + digest.asksWaiting.length + digest.promisesOwed.length === 0;
