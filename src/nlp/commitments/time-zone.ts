// Wall-clock arithmetic in an IANA time zone with Intl only (no dependency): a due date is "Friday 17:30 where
// the user works", which is a different instant in New York and in Berlin.
export type Wall = {year: number; month: number; day: number; hour: number; minute: number; weekday: number};

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = {Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7};

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function validTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

export function toWall(instant: Date, timeZone: string): Wall {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24,
    minute: Number(parts.minute), weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
  };
}

/** Offset of the zone from UTC in minutes at `instant` (positive east of Greenwich). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const w = toWall(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/** The instant at which the zone's clocks show this wall time (two passes settle DST edges). */
export function fromWall(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let instant = new Date(guess - offsetMinutes(new Date(guess), timeZone) * 60000);
  instant = new Date(guess - offsetMinutes(instant, timeZone) * 60000);
  return instant;
}

/** Calendar day arithmetic on wall dates (via UTC so DST never shifts the day). */
export function addDays(w: {year: number; month: number; day: number}, days: number): {year: number; month: number; day: number; weekday: number} {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return {year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: ((d.getUTCDay() + 6) % 7) + 1};
}
