// What a chip's screen-reader description says, in a language-neutral shape. Parsers return null when the text
// does not fit their grammar: the caller records the miss instead of guessing.
import type {Day} from '../../../cadence/types.ts';

export type Clock = {hour: number; minute: number};

export type ParsedDescription = {
  allDay: boolean;
  start?: Clock;
  end?: Clock;
  /** The date the description states (the event's start date); the column's data-datekey is the fallback. */
  startDay?: Day;
  /** Multi-day forms state the end date too. */
  endDay?: Day;
  title?: string;
  organizer?: string;
  /** "Calendar: <name>" stands where the organizer would for events on another calendar. */
  calendarName?: string;
  rsvp?: 'accepted' | 'declined' | 'needs-rsvp' | 'maybe';
  /** The grammar always states the user's RSVP when there is one (English: only guests have one, and an event
   * you own cannot be declined), so a missing RSVP means "not declined" without asking the computed style. */
  rsvpStated?: boolean;
  location?: string;
};

/** NBSP and narrow NBSP to spaces, dashes and dots to ASCII, runs of spaces to one (research/dom.md 3.4). */
export function normaliseText(text: string): string {
  return text.replace(/[\u00a0\u202f\u2007\u2009]/g, ' ').replace(/[\u2013\u2014]/g, '-').replace(/\u22c5/g, '.').replace(/\s+/g, ' ').trim();
}

export const isoDay = (year: number, month: number, day: number): Day | undefined =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;

/** Split a title hint off the front of `rest` when the visible title is known, so commas in it don't mislead. */
export function splitTitle(rest: string, separator: string, titleHint: string | undefined): [title: string, remainder: string] | null {
  if (titleHint && (rest === titleHint || rest.startsWith(titleHint + separator))) return [titleHint, rest.slice(titleHint.length + separator.length)];
  return null;
}
