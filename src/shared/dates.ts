// Dates as Rapport prints them (pages, notifications, the calendar banner): short, in the user's chosen time zone
// (which may not be the browser's), in the interface language; formatters are cached: building one costs more than using it.
import {uiLanguage} from './i18n.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const language = uiLanguage();
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, {timeZone, ...options});
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

const dayKeyNoon = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date, 12);
};

/** A calendar day key (`YYYY-MM-DD`, already local) as "Mon, Nov 23", without shifting it through a time zone. */
export function dayKeyLabel(day: string): string {
  return shortDate(dayKeyNoon(day), 'UTC');
}

/** A calendar day key as "Nov 23", without the weekday (a chart's axis). */
export function dayKeyMonthDay(day: string): string {
  return format('UTC', {month: 'short', day: 'numeric'}).format(dayKeyNoon(day));
}
