// Time-zone-aware date math with Intl only (no date library: the extension ships small). Days are handled as
// integers (days since 1970-01-01) so adding days never trips over a daylight-saving hour; instants are epoch ms.
import type {Day} from './types.ts';

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` → days since epoch. */
export function dayNumber(day: Day): number {
  return Math.round(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY);
}

/** days since epoch → `YYYY-MM-DD`. */
export function dayString(n: number): Day {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export const addDays = (day: Day, n: number): Day => dayString(dayNumber(day) + n);

/** 0 = Sunday … 6 = Saturday, from the calendar date alone (no time zone involved). */
export const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7;
export const isWeekend = (n: number): boolean => {
  const w = weekdayOf(n);
  return w === 0 || w === 6;
};

const validZones = new Map<string, boolean>();
export function isValidTimeZone(timeZone: string): boolean {
  let valid = validZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', {timeZone});
      valid = true;
    } catch {
      valid = false;
    }
    validZones.set(timeZone, valid);
  }
  return valid;
}

// One formatter per zone: constructing Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});
    formatters.set(timeZone, f);
  }
  return f;
}

function exactOffsetMinutes(ms: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return Math.round((asUtc - (ms - (ms % 1000 + 1000) % 1000)) / 60_000);
}

// Offsets change at most once a day, so the offset at both ends of a UTC day decides the whole day when they agree;
// a year of events then costs ~365 Intl calls instead of one per event.
const offsetCache = new Map<string, Map<number, number | null>>();
/** UTC offset of `timeZone` at instant `ms`, in minutes (east positive: Berlin in winter = 60). */
export function offsetMinutes(ms: number, timeZone: string): number {
  let zoneCache = offsetCache.get(timeZone);
  if (!zoneCache) offsetCache.set(timeZone, (zoneCache = new Map()));
  const utcDay = Math.floor(ms / MS_PER_DAY);
  let cached = zoneCache.get(utcDay);
  if (cached === undefined) {
    const a = exactOffsetMinutes(utcDay * MS_PER_DAY, timeZone);
    const b = exactOffsetMinutes((utcDay + 1) * MS_PER_DAY - 1000, timeZone);
    cached = a === b ? a : null;
    zoneCache.set(utcDay, cached);
  }
  return cached ?? exactOffsetMinutes(ms, timeZone);
}

/** The calendar day an instant falls on in `timeZone`, as a day number. */
export function localDayNumber(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetMinutes(ms, timeZone) * 60_000) / MS_PER_DAY);
}
export const localDay = (ms: number, timeZone: string): Day => dayString(localDayNumber(ms, timeZone));

/** The instant of wall-clock time `day hh:mm` in `timeZone`. In a spring-forward gap the later offset wins
 * (02:30 that does not exist becomes 03:30), as calendars do. */
export function zonedToInstant(day: Day, hour: number, minute: number, timeZone: string, second = 0): number {
  const wall = dayNumber(day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  const second_ = wall - offsetMinutes(first, timeZone) * 60_000;
  if (second_ === first) return first;
  // Ambiguous or skipped wall time: keep the candidate whose own offset reproduces the wall time, else the later one.
  const third = wall - offsetMinutes(second_, timeZone) * 60_000;
  return third === second_ ? second_ : Math.max(first, second_);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the zone's offset at that instant: `2026-11-23T09:00:00-06:00`. */
export function formatIso(ms: number, timeZone: string): string {
  const offset = offsetMinutes(ms, timeZone);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Epoch ms of an event boundary: an ISO instant, or a date-only value taken as local midnight in `timeZone`. */
export function instantOf(value: string, timeZone: string): number {
  if (DATE_ONLY.test(value)) return zonedToInstant(value, 0, 0, timeZone);
  return Date.parse(value);
}

/** The day an event boundary falls on in `timeZone` (date-only values are already days). */
export function dayNumberOf(value: string, timeZone: string): number {
  if (DATE_ONLY.test(value)) return dayNumber(value);
  return localDayNumber(Date.parse(value), timeZone);
}

export const isDateOnly = (value: string) => DATE_ONLY.test(value);
