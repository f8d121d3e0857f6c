// Field checks for records read from a file: each says what it expected when a value is not that, so the person
// importing learns which field of which record is wrong. Pure: no store, no browser.
import {isValidTimeZone} from '../../cadence/dates.ts';

/** What a field should have held, in words the options page can say (one message key per kind). */
export type Expected =
  | 'text' | 'count' | 'date' | 'day' | 'dateTime' | 'timeZone' | 'yesNo' | 'list' | 'choice' | 'link' | 'object';

/** A field's check: null when the value is fine, else what was expected (and where, inside a nested value). */
export type Check = (value: unknown) => {expected: Expected; path?: string} | null;

// Rapport's dates are epoch milliseconds of real mail and meetings. 1970 to 2200 keeps every date helper (Intl,
// zone arithmetic, Date's own ±8.64e15 limit) working, and nothing Rapport tracks lies outside it.
const LATEST_DATE = Date.UTC(2200, 0, 1);
// A string field longer than this is not something Rapport wrote (a promise's sentence, a title, a stack trace).
const LONGEST_TEXT = 1_000_000;
// Where a nudge may send the user: the two sites Rapport coaches on, nowhere else.
const LINK_ORIGINS = new Set(['https://mail.google.com', 'https://calendar.google.com']);

const fail = (expected: Expected) => ({expected});

export const text: Check = (value) => (typeof value === 'string' && value.length <= LONGEST_TEXT ? null : fail('text'));
export const count: Check = (value) => (Number.isSafeInteger(value) && (value as number) >= 0 ? null : fail('count'));
export const yesNo: Check = (value) => (typeof value === 'boolean' ? null : fail('yesNo'));
export const date: Check = (value) =>
  (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < LATEST_DATE ? null : fail('date'));

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A calendar day `YYYY-MM-DD` that exists (no February 30th). */
export const day: Check = (value) => {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  if (!match) return fail('day');
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return utc.getUTCMonth() === month - 1 && utc.getUTCDate() === dayOfMonth && year >= 1970 && year < 2200 ? null : fail('day');
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
/** An event's start or end: a day, or an ISO date and time (with its offset, as calendar pages and files give it). */
export const dayOrDateTime: Check = (value) => {
  if (day(value) === null) return null;
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return fail('dateTime');
  return date(Date.parse(value)) === null ? null : fail('dateTime');
};

export const timeZone: Check = (value) => (typeof value === 'string' && isValidTimeZone(value) ? null : fail('timeZone'));

export const link: Check = (value) => {
  if (typeof value !== 'string') return fail('link');
  try {
    return LINK_ORIGINS.has(new URL(value).origin) ? null : fail('link');
  } catch {
    return fail('link');
  }
};

export function oneOf(...choices: ReadonlyArray<string | null>): Check {
  return (value) => (choices.includes(value as string) ? null : fail('choice'));
}

export function optional(check: Check): Check {
  return (value) => (value === undefined ? null : check(value));
}

export function nullable(check: Check): Check {
  return (value) => (value === null ? null : check(value));
}

export function listOf(check: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return fail('list');
    for (const [index, item] of value.entries()) {
      const problem = check(item);
      if (problem) return {expected: problem.expected, path: `[${index}]${problem.path ?? ''}`};
    }
    return null;
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every value of a map (`{ruleName: count}`) passes the check. */
export function mapOf(check: Check): Check {
  return (value) => {
    if (!isPlainObject(value)) return fail('object');
    for (const [key, item] of Object.entries(value)) {
      const problem = check(item);
      if (problem) return {expected: problem.expected, path: `.${key}${problem.path ?? ''}`};
    }
    return null;
  };
}

/** A check per field of a record type: a field added to the type and not here does not compile. */
export type Shape<T> = {[K in keyof T]-?: Check};

/** The first field of a record that fails its check. Fields the shape does not name are left as they are. */
export function firstProblem(shape: Readonly<Record<string, Check>>, record: unknown): {field: string; expected: Expected} | null {
  if (!isPlainObject(record)) return {field: '', expected: 'object'};
  for (const [field, check] of Object.entries(shape)) {
    const problem = check(record[field]);
    if (problem) return {field: `${field}${problem.path ?? ''}`, expected: problem.expected};
  }
  return null;
}

/** A nested object of a known shape, as a field's check. */
export function shaped<T>(shape: Shape<T>): Check {
  return (value) => {
    const problem = firstProblem(shape, value);
    if (!problem) return null;
    return {expected: problem.expected, path: problem.field === '' ? '' : `.${problem.field}`};
  };
}
