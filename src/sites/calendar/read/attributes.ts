// The language-independent facts a chip carries in its attributes (research/dom.md 3.1 and 3.3): the day of its
// column (data-datekey) and its identity, series and calendar (data-eventid).
import type {Day} from '../../../cadence/types.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** data-datekey packs `((year − 1970) << 9) | (month << 5) | day`; some builds store the full year instead, and
 * one scraper read it as YYYYMMDD. The three cannot collide for years 1970–2200, so all are accepted. */
export function decodeDateKey(value: string | null | undefined): Day | null {
  if (!value || !/^\d+$/.test(value)) return null;
  let year: number;
  let month: number;
  let day: number;
  const ymd = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (ymd) [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else {
    const key = Number(value);
    const high = key >> 9;
    year = high >= 1970 ? high : 1970 + high;
    month = (key >> 5) & 0b1111;
    day = key & 0b11111;
  }
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export type DecodedEventId = {
  /** Stable id: event id plus instance suffix, as Google writes it. */
  id: string;
  /** The series id of a recurring instance. */
  seriesId?: string;
  /** Original start of the instance: `YYYYMMDDTHHMMSSZ` (timed) or `YYYYMMDD` (all-day). */
  instance?: string;
  calendarId?: string;
};

const INSTANCE = /^(.+)_(\d{8}(?:T\d{6}Z?)?)$/;
const PLAUSIBLE = /^[\x21-\x7e]+(?: [\x21-\x7e]+)?$/; // printable ASCII id, optional " calendar"

/** data-eventid is base64 of `<id>[_<instance>] <calendarId>` with the padding stripped. Null when it is not. */
export function decodeEventId(value: string): DecodedEventId | null {
  let text: string;
  try {
    const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    text = binary; // ids and calendar addresses are ASCII; anything else fails PLAUSIBLE below
  } catch {
    return null;
  }
  if (!PLAUSIBLE.test(text)) return null;
  const space = text.indexOf(' ');
  const id = space < 0 ? text : text.slice(0, space);
  const decoded: DecodedEventId = {id};
  if (space >= 0) decoded.calendarId = text.slice(space + 1);
  const instance = INSTANCE.exec(id);
  if (instance) {
    decoded.seriesId = instance[1]!;
    decoded.instance = instance[2]!;
  }
  return decoded;
}

/** Whether an ancestor of the element carries a data-eventid: the element is part of a chip (an inner copy of the
 * chip's id, or a stacked chip's inner button), not a chip of its own. */
export function insideAnEvent(element: Element): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) if (node.hasAttribute('data-eventid')) return true;
  return false;
}

/** Ids of things that share the chip markup (data-eventchip included) but are not meetings: Google Tasks, as
 * `tasks.<id>` or `tasks_<id>` in the older UI and `ttb_<base64 of "eventId calendar">` in the new one (ColorKit
 * reads all three, research/dom-crosscheck.md), and birthdays (`bday_…`). */
const NOT_A_MEETING = /^(?:tasks[._]|ttb_|bday_)/;

/** Whether a chip is a task or a birthday. The raw attribute is checked first: these prefixes are never the start of
 * base64 of an ASCII id ("ttb_", "tasks", "bday_" all decode to a byte above 0x7f), so a meeting cannot be mistaken
 * for one. The decoded id is checked too, for a build that would encode the prefixed id like any other. */
export function isNotAMeeting(rawEventId: string, decoded: DecodedEventId | null = decodeEventId(rawEventId)): boolean {
  return NOT_A_MEETING.test(rawEventId) || (decoded !== null && NOT_A_MEETING.test(decoded.id));
}
