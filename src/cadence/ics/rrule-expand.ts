// The recurrence engine: a checked rule and a wall-clock start give the series' wall-clock starts in order
// (RFC 5545 section 3.3.10 and its expand/limit table). Written here rather than taken from ical.js because
// ical.js's iterator cannot be bounded: a rule that never matches spins inside one next() call, a series from
// 1990 has to be walked occurrence by occurrence to reach today, and an hourly rule limited to April walks every
// hour of the year. Here each period (a year, month, week, day, hour, minute or second, stepped by INTERVAL) is
// computed directly, a series without COUNT starts at the period before the window, periods whose day cannot
// match are jumped over a day at a time, and a guard stops on a period cap or a deadline.
// Semantics follow the RFC, and where it is silent the long-standing dateutil behaviour that most calendar tools
// share: DTSTART gives the defaults (month, day, weekday, time of day), an nth BYDAY counts within the month for
// MONTHLY or for YEARLY with BYMONTH, else within the year, and invalid dates (30 February) are skipped, not moved.
import {civilFromDays, civilScratch, daysFromCivil, daysInMonth, daysInYear, weekdayOfDay, type Wall} from './civil.ts';
import type {Rule} from './rrule-parse.ts';

export type Guard = {
  /** performance.now() after which expansion stops. */
  deadline: number;
  /** Periods walked so far (shared by every rule of a series) and the cap. */
  periods: number;
  maxPeriods: number;
  stopped?: 'periods' | 'time';
};

export type Bounds = {
  /** No start after this day is wanted: expansion stops at the first period past it. */
  toDay: number;
  /** Starts before this day are not wanted: a rule without COUNT may begin at the period that contains it. */
  fromDay: number;
};

type Prepared = {
  months: Set<number> | null;
  monthDays: Set<number> | null; // positive and negative, as written
  yearDays: Set<number> | null;
  weekNos: Set<number> | null;
  weekdays: Set<number> | null; // plain weekdays
  nthWeekdays: Array<{weekday: number; nth: number}>; // nth within the month or year
  nthInMonth: boolean;
  hours: number[];
  minutes: number[];
  seconds: number[];
};

const set = (values: number[]) => (values.length > 0 ? new Set(values) : null);
const sortedUnique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

function prepare(rule: Rule, start: Wall): Prepared {
  const {month, day} = civilFromDays(start.day);
  const hasDayRule = rule.byWeekNo.length + rule.byYearDay.length + rule.byMonthDay.length + rule.byDay.length > 0;
  let byMonth = rule.byMonth;
  let byMonthDay = rule.byMonthDay;
  let byDay = rule.byDay;
  // DTSTART supplies what the rule leaves out (RFC 5545: "information not contained in the rule ... is derived
  // from DTSTART").
  if (!hasDayRule) {
    if (rule.freq === 'YEARLY') {
      if (byMonth.length === 0) byMonth = [month];
      byMonthDay = [day];
    } else if (rule.freq === 'MONTHLY') byMonthDay = [day];
    else if (rule.freq === 'WEEKLY') byDay = [{weekday: weekdayOfDay(start.day), nth: 0}];
  }
  const nthAllowed = rule.freq === 'MONTHLY' || rule.freq === 'YEARLY';
  const weekdays = byDay.filter((d) => d.nth === 0 || !nthAllowed).map((d) => d.weekday);
  const order = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].indexOf(rule.freq);
  const hour = Math.floor(start.second / 3600);
  const minute = Math.floor((start.second % 3600) / 60);
  const second = start.second % 60;
  return {
    months: set(byMonth),
    monthDays: set(byMonthDay),
    yearDays: set(rule.byYearDay),
    weekNos: rule.freq === 'YEARLY' ? set(rule.byWeekNo) : null, // BYWEEKNO is only valid in YEARLY rules
    weekdays: set(weekdays),
    nthWeekdays: nthAllowed ? byDay.filter((d) => d.nth !== 0) : [],
    nthInMonth: rule.freq === 'MONTHLY' || (rule.freq === 'YEARLY' && byMonth.length > 0),
    hours: sortedUnique(rule.byHour.length ? rule.byHour : order > 2 ? [hour] : []),
    minutes: sortedUnique(rule.byMinute.length ? rule.byMinute : order > 1 ? [minute] : []),
    seconds: sortedUnique(rule.bySecond.length ? rule.bySecond : order > 0 ? [second] : []),
  };
}

/** The week number of a day (weeks start on wkst; week 1 has at least four days of the year) and its week's year. */
function weekNumber(n: number, wkst: number): {year: number; week: number} {
  const {year} = civilFromDays(n);
  const weekOneStart = (y: number) => {
    const jan4 = daysFromCivil(y, 1, 4);
    return jan4 - ((weekdayOfDay(jan4) - wkst + 7) % 7);
  };
  let y = year;
  if (n >= weekOneStart(year + 1)) y = year + 1;
  else if (n < weekOneStart(year)) y = year - 1;
  return {year: y, week: Math.floor((n - weekOneStart(y)) / 7) + 1};
}
const weeksInYear = (year: number, wkst: number) => weekNumber(daysFromCivil(year, 12, 31) - 3, wkst).week;

/** Does this day pass every day-level part of the rule? */
function dayMatches(n: number, p: Prepared, wkst: number): boolean {
  const {year, month, day} = civilScratch(n);
  if (p.months && !p.months.has(month)) return false;
  if (p.monthDays) {
    const length = daysInMonth(year, month);
    if (!p.monthDays.has(day) && !p.monthDays.has(day - length - 1)) return false;
  }
  if (p.yearDays) {
    const yearDay = n - daysFromCivil(year, 1, 1) + 1;
    if (!p.yearDays.has(yearDay) && !p.yearDays.has(yearDay - daysInYear(year) - 1)) return false;
  }
  if (p.weekdays || p.nthWeekdays.length > 0) {
    const weekday = weekdayOfDay(n);
    let ok = p.weekdays?.has(weekday) ?? false;
    if (!ok) {
      for (const rule of p.nthWeekdays) {
        if (rule.weekday !== weekday) continue;
        const index = p.nthInMonth ? day : n - daysFromCivil(year, 1, 1) + 1;
        const length = p.nthInMonth ? daysInMonth(year, month) : daysInYear(year);
        const nth = rule.nth > 0 ? Math.floor((index - 1) / 7) + 1 : -(Math.floor((length - index) / 7) + 1);
        if (nth === rule.nth) {
          ok = true;
          break;
        }
      }
    }
    if (!ok) return false;
  }
  if (p.weekNos) {
    const {year: weekYear, week} = weekNumber(n, wkst);
    const total = weeksInYear(weekYear, wkst);
    if (!p.weekNos.has(week) && !p.weekNos.has(week - total - 1)) return false;
  }
  return true;
}

/** The seconds of the day a day-or-longer period yields on each of its days. */
function timesOfDay(p: Prepared): number[] {
  const times: number[] = [];
  for (const h of p.hours) for (const m of p.minutes) for (const s of p.seconds) times.push(h * 3600 + m * 60 + s);
  return times;
}

function applySetPos(candidates: Wall[], setPos: number[]): Wall[] {
  if (setPos.length === 0) return candidates;
  const picked = new Map<string, Wall>();
  for (const pos of setPos) {
    const wall = pos > 0 ? candidates[pos - 1] : candidates[candidates.length + pos];
    if (wall) picked.set(`${wall.day}:${wall.second}`, wall);
  }
  return [...picked.values()].sort((a, b) => a.day - b.day || a.second - b.second);
}

/**
 * The rule's wall-clock starts at or after `start`, ascending, until COUNT, `bounds.toDay` or the guard. DTSTART
 * itself is yielded only when it matches the rule: the caller adds it to the series as the RFC requires.
 */
export function* expandRule(rule: Rule, start: Wall, allDay: boolean, bounds: Bounds, guard: Guard): Generator<Wall> {
  const p = prepare(rule, start);
  const I = rule.interval;
  const times = allDay ? [0] : timesOfDay(p);
  let emitted = 0;
  const skip = rule.count === undefined; // with COUNT every earlier occurrence must be counted
  const startCivil = civilFromDays(start.day);
  const tick = () => {
    guard.periods++;
    if (guard.periods > guard.maxPeriods) guard.stopped = 'periods';
    else if ((guard.periods & 1023) === 0 && performance.now() > guard.deadline) guard.stopped = 'time';
    return guard.stopped === undefined;
  };
  // A period's candidates after the set positions, from DTSTART on and within COUNT; `done` once COUNT is reached.
  let done = false;
  const accept = (candidates: Wall[]): Wall[] => {
    const picked = applySetPos(candidates, rule.bySetPos);
    const out: Wall[] = [];
    for (const wall of picked) {
      if (wall.day < start.day || (wall.day === start.day && wall.second < start.second)) continue;
      if (rule.count !== undefined && emitted >= rule.count) {
        done = true;
        break;
      }
      emitted++;
      out.push(wall);
    }
    if (rule.count !== undefined && emitted >= rule.count) done = true;
    return out;
  };

  switch (rule.freq) {
    case 'YEARLY':
    case 'MONTHLY': {
      const yearly = rule.freq === 'YEARLY';
      const first = startCivil.year * 12 + startCivil.month - 1; // months since year 0
      const from = civilFromDays(bounds.fromDay);
      const unitsToFrom = yearly ? from.year - startCivil.year : from.year * 12 + from.month - 1 - first;
      let k = skip && unitsToFrom > 0 ? Math.floor(unitsToFrom / I) : 0;
      for (; tick(); k++) {
        const year = yearly ? startCivil.year + k * I : Math.floor((first + k * I) / 12);
        const months = yearly ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [((first + k * I) % 12) + 1];
        if (daysFromCivil(year, months[0]!, 1) > bounds.toDay) return;
        const candidates: Wall[] = [];
        for (const month of months) {
          if (p.months && !p.months.has(month)) continue;
          const base = daysFromCivil(year, month, 1);
          const length = daysInMonth(year, month);
          for (let d = 0; d < length; d++) {
            if (dayMatches(base + d, p, rule.wkst)) for (const second of times) candidates.push({day: base + d, second});
          }
        }
        yield* accept(candidates);
        if (done) return;
      }
      return;
    }
    case 'WEEKLY': {
      const weekStart = start.day - ((weekdayOfDay(start.day) - rule.wkst + 7) % 7);
      const weeksToFrom = Math.floor((bounds.fromDay - weekStart) / 7);
      let k = skip && weeksToFrom > 0 ? Math.floor(weeksToFrom / I) : 0;
      for (; tick(); k++) {
        const base = weekStart + k * 7 * I;
        if (base > bounds.toDay) return;
        const candidates: Wall[] = [];
        for (let d = 0; d < 7; d++) {
          if (dayMatches(base + d, p, rule.wkst)) for (const second of times) candidates.push({day: base + d, second});
        }
        yield* accept(candidates);
        if (done) return;
      }
      return;
    }
    case 'DAILY': {
      let k = skip && bounds.fromDay > start.day ? Math.floor((bounds.fromDay - start.day) / I) : 0;
      for (; tick(); k++) {
        const day = start.day + k * I;
        if (day > bounds.toDay) return;
        if (!dayMatches(day, p, rule.wkst)) continue;
        yield* accept(times.map((second) => ({day, second})));
        if (done) return;
      }
      return;
    }
    default: {
      // HOURLY, MINUTELY, SECONDLY: periods counted in units since day 0; a unit whose day, hour or minute cannot
      // match is jumped over to the first period of the next day, hour or minute.
      const unit = rule.freq === 'HOURLY' ? 3600 : rule.freq === 'MINUTELY' ? 60 : 1;
      const origin = (start.day * 86_400 + start.second - (start.second % unit)) / unit;
      const firstAt = (units: number) => Math.max(0, Math.ceil((units - origin) / I));
      let k = skip ? firstAt((bounds.fromDay * 86_400) / unit) : 0;
      while (tick()) {
        const units = origin + k * I;
        const at = units * unit;
        const day = Math.floor(at / 86_400);
        if (day > bounds.toDay) return;
        const ofDay = at - day * 86_400;
        if (!dayMatches(day, p, rule.wkst)) {
          k = Math.max(k + 1, firstAt(((day + 1) * 86_400) / unit));
          continue;
        }
        const hour = Math.floor(ofDay / 3600);
        if (rule.byHour.length && !p.hours.includes(hour)) {
          k = Math.max(k + 1, firstAt((day * 86_400 + (hour + 1) * 3600) / unit));
          continue;
        }
        const minute = Math.floor((ofDay % 3600) / 60);
        if (unit <= 60 && rule.byMinute.length && !p.minutes.includes(minute)) {
          k = Math.max(k + 1, firstAt((day * 86_400 + hour * 3600 + (minute + 1) * 60) / unit));
          continue;
        }
        k++;
        if (unit === 1 && rule.bySecond.length && !p.seconds.includes(ofDay % 60)) continue;
        const candidates: Wall[] = [];
        if (unit === 3600) for (const m of p.minutes) for (const s of p.seconds) candidates.push({day, second: hour * 3600 + m * 60 + s});
        else if (unit === 60) for (const s of p.seconds) candidates.push({day, second: hour * 3600 + minute * 60 + s});
        else candidates.push({day, second: ofDay});
        if (allDay) candidates.splice(1);
        yield* accept(candidates);
        if (done) return;
      }
    }
  }
}

const SCAN_FROM = daysFromCivil(2000, 1, 1);
const SCAN_DAYS = daysFromCivil(2028, 1, 1) - SCAN_FROM; // 28 years: every weekday on every date, leap years included

/**
 * False for a rule no day or time can ever satisfy (FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31, a yearly rule on 30
 * February, every other hour from 00:00 at BYHOUR=23): its series is only its DTSTART. Such a rule costs a full walk
 * to the end of the window, and ical.js never returns from it, so it is found before expansion and reported.
 */
export function canEverMatch(rule: Rule, start: Wall): boolean {
  const p = prepare(rule, start);
  if (!timeCanMatch(rule, start)) return false;
  for (let d = 0; d < SCAN_DAYS; d++) if (dayMatches(SCAN_FROM + d, p, rule.wkst)) return true;
  return false;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** An hourly, minutely or secondly rule only reaches the times of day its step allows (every 2 hours from 00:00
 * never reaches BYHOUR=23): across days the reachable times are the start's plus multiples of gcd(step, day). */
function timeCanMatch(rule: Rule, start: Wall): boolean {
  const unit = rule.freq === 'HOURLY' ? 3600 : rule.freq === 'MINUTELY' ? 60 : rule.freq === 'SECONDLY' ? 1 : 0;
  if (unit === 0 || (rule.byHour.length === 0 && rule.byMinute.length === 0 && rule.bySecond.length === 0)) return true;
  const perDay = 86_400 / unit;
  const step = gcd(rule.interval % perDay || perDay, perDay);
  for (let position = Math.floor(start.second / unit) % step; position < perDay; position += step) {
    const second = position * unit + (start.second % unit);
    if (rule.byHour.length && !rule.byHour.includes(Math.floor(second / 3600))) continue;
    if (unit <= 60 && rule.byMinute.length && !rule.byMinute.includes(Math.floor(second / 60) % 60)) continue;
    if (unit === 1 && rule.bySecond.length && !rule.bySecond.includes(second % 60)) continue;
    return true;
  }
  return false;
}
