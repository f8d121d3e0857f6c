// Dates as Rapport's pages print them: short, in the user's chosen time zone (which may not be the browser's).
// English like the rest of the interface; formatters are cached because building one costs more than using it.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {timeZone, ...options});
    formats.set(key, formatter);
  }
  return formatter;
}

/** "Fri, Nov 27". */
export function shortDate(epoch: number, timeZone: string): string {
  return format(timeZone, {weekday: 'short', month: 'short', day: 'numeric'}).format(epoch);
}

/** "Fri, Nov 27, 3:00 PM". */
export function shortDateTime(epoch: number, timeZone: string): string {
  return format(timeZone, {weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit'}).format(epoch);
}

/** A calendar day key (`YYYY-MM-DD`, already local) as "Mon, Nov 23", without shifting it through a time zone. */
export function dayKeyLabel(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return shortDate(Date.UTC(year, month - 1, date, 12), 'UTC');
}
