// Date, date-time, period and duration values (RFC 5545 section 3.3), read leniently: exporters write dates
// without VALUE=DATE, drop the seconds, or put ISO dashes and colons in; all of that is read. A value that cannot be
// a date (month 13, "TBD") throws ValueError, which costs its event, never the file.
import {daysFromCivil, daysInMonth, type Wall} from './civil.ts';

export class ValueError extends Error {}

export type DateValue = {
  wall: Wall;
  /** A DATE (all-day) rather than a DATE-TIME. */
  isDate: boolean;
  /** Written in UTC ("Z"). */
  utc: boolean;
};

export function parseDateValue(raw: string, valueType?: string): DateValue {
  const compact = raw.trim().replace(/[-:]/g, '');
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:\.\d+)?(Z)?)?$/i.exec(compact);
  if (!match) throw new ValueError(`invalid date value "${raw.slice(0, 40)}"`);
  const [, y, mo, d, h, mi, s, z] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new ValueError(`invalid date "${raw.slice(0, 40)}"`);
  const isDate = h === undefined || valueType?.toUpperCase() === 'DATE';
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Math.min(Number(s ?? 0), 59);
  if (hour > 23 || minute > 59) throw new ValueError(`invalid time "${raw.slice(0, 40)}"`);
  return {wall: {day: daysFromCivil(year, month, day), second: isDate ? 0 : hour * 3600 + minute * 60 + second}, isDate, utc: !isDate && z !== undefined};
}

/** A duration split into nominal days (which follow the wall clock across a DST change) and exact seconds. */
export type Duration = {days: number; seconds: number};

export function parseDuration(raw: string): Duration {
  const match = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(raw.trim());
  if (!match || !/\d/.test(raw)) throw new ValueError(`invalid duration "${raw.slice(0, 40)}"`);
  const sign = match[1] === '-' ? -1 : 1;
  const [, , w, d, h, m, s] = match.map((part) => Number(part ?? 0));
  return {days: sign * ((w ?? 0) * 7 + (d ?? 0)), seconds: sign * ((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0))};
}

/** One RDATE entry: a date, a date-time, or a period (start/end or start/duration). */
export type DateOrPeriod = DateValue & {end?: DateValue; duration?: Duration};

export function parseDateList(raw: string, valueType?: string): DateOrPeriod[] {
  return raw.split(',').filter((part) => part.trim() !== '').map((part) => {
    const [startText, endText] = part.split('/', 2) as [string, string?];
    const start: DateOrPeriod = parseDateValue(startText, valueType === 'PERIOD' ? undefined : valueType);
    if (endText !== undefined) {
      if (/^[+-]?P/i.test(endText.trim())) start.duration = parseDuration(endText);
      else start.end = parseDateValue(endText);
    }
    return start;
  });
}
