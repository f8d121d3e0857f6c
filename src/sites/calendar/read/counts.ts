// How many events a day's heading ("6 events, Monday, November 23", "3件、11月 23日 月曜日") or a "2 more" control
// states. The wording is localised and only the English and Japanese forms are known, so the rule that decides
// whether a count is stated at all is language-free: a number in the text that is not part of the day's own date
// (its day of month, month or year) is a count. A count that is stated but cannot be read must not be taken for
// "no count": the day would be claimed as fully seen while the page may hide some of its events.
import type {Day} from '../../../cadence/types.ts';

/** Counts the known grammars state: "6 events, …" / "1 event, …" and any "<number> <word>, …" at the start (the
 * English shape, and the German and French ones that copy it), and Japanese "3件", which has no space before 件. */
const LEADING_COUNT = /^\s*(\d+)\s+[^\d\s,、]+\s*[,、]/;
const JAPANESE_COUNT = /(\d+)\s*件/;

/** The numbers in `text` left over once the day's own date is taken out (each date part once). Full-width digits
 * count as digits. */
export function undatedNumbers(text: string, day: Day): number[] {
  const numbers = (text.normalize('NFKC').match(/\d+/g) ?? []).map(Number);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  for (const part of [date, month, year, year % 100]) {
    const at = numbers.indexOf(part);
    if (at >= 0) numbers.splice(at, 1);
  }
  return numbers;
}

/** The number of events a heading announces; 'unstated' when it names only its day (a week column header, or
 * "No events, Sunday, November 1"); 'unreadable' when it states a count in a form not known here. */
export function headingCount(text: string | null | undefined, day: Day): number | 'unstated' | 'unreadable' {
  const normal = (text ?? '').normalize('NFKC');
  const count = LEADING_COUNT.exec(normal)?.[1] ?? JAPANESE_COUNT.exec(normal)?.[1];
  if (count !== undefined) return Number(count);
  return undatedNumbers(normal, day).length > 0 ? 'unreadable' : 'unstated';
}
