// Wall-clock arithmetic in an IANA time zone with nothing but Intl: what "9:00 on Friday in Chicago" is as an
// instant, what day an instant falls on there. DST-safe: offsets are looked up for the instant, never assumed.
// Built on the calendar model's date functions (src/cadence/dates.ts), adding the clock-and-schedule helpers the
// background and popup need.
import {localDay, zonedToInstant} from '../cadence/dates.ts';

export type WallTime = {year: number; month: number; day: number; hour: number; minute: number};
export type ZonedParts = WallTime & {/** 1 = Monday … 7 = Sunday */ weekday: number};

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = {Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7};
const DAY_MS = 86_400_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', weekday: 'short',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function zonedParts(epoch: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(epoch)) parts[part.type] = part.value;
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), weekday: WEEKDAYS[parts.weekday!] ?? 1,
  };
}

/** The instant of a wall time in a zone (one implementation, the calendar model's: DST gaps resolve forward). */
export function zonedToEpoch(wall: WallTime, timeZone: string): number {
  const day = `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
  return zonedToInstant(day, wall.hour, wall.minute, timeZone);
}

export function dayKey(epoch: number, timeZone: string): string {
  return localDay(epoch, timeZone);
}

/** Calendar arithmetic on a `YYYY-MM-DD` key (no time zone involved: it is already a local day). */
export function shiftDay(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The instants a local week (Monday `YYYY-MM-DD`) starts and ends in a time zone: DST weeks are 167 or 169 hours. */
export function weekBounds(weekStart: string, timeZone: string): [number, number] {
  const midnight = (day: string) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return zonedToEpoch({year, month, day: date, hour: 0, minute: 0}, timeZone);
  };
  return [midnight(weekStart), midnight(shiftDay(weekStart, 7))];
}

export function parseClock(clock: string): {hour: number; minute: number} {
  const [hour, minute] = clock.split(':').map(Number);
  return {hour: hour ?? 0, minute: minute ?? 0};
}

/** The instant `clock` happens on the (local) day `days` after the day of `epoch`. */
export function atClockOnDay(epoch: number, days: number, clock: string, timeZone: string): number {
  const {year, month, day} = zonedParts(epoch, timeZone);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return zonedToEpoch({year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), ...parseClock(clock)}, timeZone);
}

/** Monday (local) of the week that contains `epoch`, as YYYY-MM-DD. */
export function weekStartKey(epoch: number, timeZone: string): string {
  const {weekday} = zonedParts(epoch, timeZone);
  return dayKey(atClockOnDay(epoch, 1 - weekday, '12:00', timeZone), timeZone);
}

/** The next instant after `now` that is `clock` on `weekday` (1 = Monday). */
export function nextWeekly(now: number, weekday: number, clock: string, timeZone: string): number {
  const today = zonedParts(now, timeZone).weekday;
  for (let ahead = 0; ahead <= 7; ahead++) {
    if ((today + ahead - 1) % 7 + 1 !== weekday) continue;
    const candidate = atClockOnDay(now, ahead, clock, timeZone);
    if (candidate > now) return candidate;
  }
  return atClockOnDay(now, 7, clock, timeZone);
}

const minutesOf = (clock: string) => parseClock(clock).hour * 60 + parseClock(clock).minute;

/** Whether `epoch` falls in a daily window that may wrap midnight (19:00–08:00). */
export function inDailyWindow(epoch: number, start: string, end: string, timeZone: string): boolean {
  const {hour, minute} = zonedParts(epoch, timeZone);
  const now = hour * 60 + minute;
  const [from, to] = [minutesOf(start), minutesOf(end)];
  return from <= to ? now >= from && now < to : now >= from || now < to;
}

/** The next instant at or after `epoch` when the window ends. */
export function windowEnd(epoch: number, end: string, timeZone: string): number {
  const today = atClockOnDay(epoch, 0, end, timeZone);
  return today > epoch ? today : atClockOnDay(epoch, 1, end, timeZone);
}

/** `count` working days after `epoch` (same local time), skipping days not in `workingDays` (1 = Monday). */
export function addWorkingDays(epoch: number, count: number, workingDays: number[], timeZone: string): number {
  const {hour, minute} = zonedParts(epoch, timeZone);
  const clock = `${hour}:${minute}`;
  let added = 0;
  let offset = 0;
  while (added < count && offset < 366) {
    offset++;
    const candidate = atClockOnDay(epoch, offset, clock, timeZone);
    if (workingDays.includes(zonedParts(candidate, timeZone).weekday)) added++;
  }
  return atClockOnDay(epoch, offset, clock, timeZone);
}

export {DAY_MS};

/**
 * Working hours between two instants: the overlap with each working day's `start`–`end` window. Stops counting once
 * `cap` hours are reached (the caller asks "is it more than N?", and a year-old ask need not be walked day by day).
 */
export function workingHoursBetween(from: number, to: number, hours: {start: string; end: string; days: number[]}, timeZone: string, cap = 1_000): number {
  if (!(to > from)) return 0;
  let total = 0;
  for (let offset = 0; total < cap; offset++) {
    const opens = atClockOnDay(from, offset, hours.start, timeZone);
    if (opens >= to) break;
    if (!hours.days.includes(zonedParts(opens, timeZone).weekday)) continue;
    const closes = atClockOnDay(from, offset, hours.end, timeZone);
    total += Math.max(0, Math.min(closes, to) - Math.max(opens, from)) / 3_600_000;
  }
  return Math.min(total, cap);
}
