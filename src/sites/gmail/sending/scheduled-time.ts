// When a scheduled mail will go: read from what the schedule dialog showed the user. A preset names its time
// without a year ("Dec 4, 8:00 AM"); the picker's inputs hold a date ("Dec 4, 2026" or "12/04/2026") and a time
// ("8:00 AM"). Only English forms are read: in another UI the answer is null and the send counts from now, which is
// a later due date at worst, never a lost promise.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

type Day = {year: number | null; month: number; day: number};

function readDay(text: string): Day | null {
  const named = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\b/.exec(text);
  if (named) {
    const month = MONTHS.indexOf(named[1]!.toLowerCase());
    if (month >= 0) return {year: named[3] ? Number(named[3]) : null, month, day: Number(named[2])};
  }
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text); // the US form the picker uses in English
  if (numeric) return {year: Number(numeric[3]), month: Number(numeric[1]) - 1, day: Number(numeric[2])};
  return null;
}

function readTime(text: string): {hours: number; minutes: number} | null {
  const match = /\b(\d{1,2})(?::(\d{2}))?\s*([AaPp])\.?\s*[Mm]\b/.exec(text) ?? /\b(\d{1,2}):(\d{2})\b/.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  return hours < 24 && minutes < 60 ? {hours, minutes} : null;
}

/** The instant a schedule was set for, in the browser's own zone (the one Gmail's dialog shows), or null. */
export function scheduledInstant(dateText: string, timeText: string, now: number): number | null {
  const day = readDay(dateText);
  const time = readTime(timeText);
  if (!day || !time) return null;
  const at = (year: number) => new Date(year, day.month, day.day, time.hours, time.minutes).getTime();
  if (day.year !== null) return at(day.year);
  // A preset has no year: it is the next such day from now (a "Jan 4" chosen in December is next year's).
  const thisYear = new Date(now).getFullYear();
  const candidate = at(thisYear);
  return candidate >= now - 24 * 3600_000 ? candidate : at(thisYear + 1);
}
