// computeCadence: for each target, the last meeting held, the next one scheduled, and a status. A gap (due soon,
// overdue, not scheduled) is only stated when every day it depends on has been seen; otherwise the status is
// "unknown" and `unknownRange` names the days to open or import. Rules in docs/cadence.md.
import {CoverageIndex} from './coverage.ts';
import {dayNumberOf, dayString, instantOf, isWeekend, localDayNumber} from './dates.ts';
import {daysOff} from './days-off.ts';
import {compileTarget, normalise} from './match.ts';
import type {CadenceResult, CadenceTarget, CalendarEvent, Coverage} from './types.ts';

type Prepared = {event: CalendarEvent; title: string; startMs: number; day: number; dateOnly: boolean};

/** Step `n` counting days forward (n > 0) or back (n < 0) from `from`. Working-day targets count Monday to Friday
 * outside days off; calendar-day targets count every day but add one for each weekday off on the way. */
export function stepDays(from: number, n: number, workingDaysOnly: boolean, off: ReadonlySet<number>): number {
  const direction = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let day = from;
  let guard = 0;
  while (remaining > 0 && guard++ < 3660) {
    day += direction;
    const isOff = off.has(day) && !isWeekend(day);
    if (workingDaysOnly ? !isWeekend(day) && !isOff : !isOff) remaining--;
  }
  return day;
}

/** How early "due soon" starts, in the target's unit: never for daily (the next working day is always near). */
const soonDays = (target: CadenceTarget) => (target.workingDaysOnly ? 0 : Math.min(14, Math.ceil(target.everyDays * 0.15)));

export function computeCadence(
  events: readonly CalendarEvent[],
  coverage: Coverage,
  targets: readonly CadenceTarget[],
  now: Date | number,
  timeZone: string,
): CadenceResult[] {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const today = localDayNumber(nowMs, timeZone);
  const seen = new CoverageIndex(coverage);
  const off = daysOff(events, timeZone);
  const prepared: Prepared[] = [];
  for (const event of events) {
    if (event.cancelled || event.declined) continue;
    const dateOnly = event.allDay || event.timesUnknown === true || !event.start.includes('T');
    const startMs = instantOf(event.start, timeZone);
    const day = dateOnly ? dayNumberOf(event.start, timeZone) : localDayNumber(startMs, timeZone);
    prepared.push({event, title: normalise(event.title), startMs, day, dateOnly});
  }

  return targets.map((target): CadenceResult => {
    const counts = compileTarget(target);
    let last: Prepared | undefined;
    let next: Prepared | undefined;
    for (const p of prepared) {
      if (!counts(p.event, p.title)) continue;
      // A date-only meeting today has happened as far as we can tell: never turn an unknown time into a gap.
      const held = p.dateOnly ? p.day <= today : p.startMs <= nowMs;
      if (held) {
        if (!last || p.startMs > last.startMs) last = p;
      } else if (!next || p.startMs < next.startMs) next = p;
    }
    const working = target.workingDaysOnly === true;
    const due = last ? stepDays(last.day, target.everyDays, working, off) : today;
    const deadline = stepDays(due, target.toleranceDays, working, off);
    const result: CadenceResult = {targetId: target.id, status: 'ok', dueDay: dayString(due)};
    if (last) result.lastHeld = last.event.start;
    if (next) result.nextScheduled = next.event.start;

    if (next && next.day <= deadline) return result; // scheduled in time
    if (last && due > stepDays(today, soonDays(target), working, off)) return result; // held recently, not due yet

    // From here on the answer is a gap, which must rest on days actually seen: from the last meeting (or, when that
    // is older, from the start of the look-back window: a meeting unseen before it would be just as overdue) up to
    // the deadline or today, whichever is later.
    const lookBack = stepDays(today, -(target.everyDays + target.toleranceDays), working, off);
    const from = last ? Math.max(last.day + 1, lookBack) : lookBack;
    const to = Math.max(today, deadline);
    const unseen = seen.unseen(from, to);
    if (unseen) return {...result, status: 'unknown', unknownRange: unseen};
    if (!last) return {...result, status: 'not-scheduled'};
    return {...result, status: deadline < today ? 'overdue' : 'due-soon'};
  });
}
