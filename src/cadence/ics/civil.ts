// Calendar arithmetic on day numbers (days since 1970-01-01) without Date objects: the recurrence engine asks for
// the year, month and weekday of hundreds of thousands of days, and Date allocations made that the slow part.
// The conversion is the well-known proleptic-Gregorian "days from civil" arithmetic on 400-year eras.

export type Civil = {year: number; month: number; day: number};

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function civilFromDays(n: number): Civil {
  const {year, month, day} = civilScratch(n);
  return {year, month, day};
}

const scratch: Civil = {year: 0, month: 0, day: 0};
/** civilFromDays into one shared object, for hot loops that read it at once: no allocation per day. */
export function civilScratch(n: number): Readonly<Civil> {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  scratch.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  scratch.month = month;
  scratch.day = day;
  return scratch;
}

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysInMonth = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!);
export const daysInYear = (year: number) => (isLeapYear(year) ? 366 : 365);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOfDay = (n: number): number => (((n + 4) % 7) + 7) % 7;

/** A wall-clock moment: a day number and the seconds since that day's midnight (no zone attached). */
export type Wall = {day: number; second: number};
export const compareWall = (a: Wall, b: Wall) => a.day - b.day || a.second - b.second;
export const SECONDS_PER_DAY = 86_400;
