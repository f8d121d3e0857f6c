// English chip descriptions (research/dom.md 3.4):
//   "<start> to <end>, <title>, <organizer | Calendar: name>, [<RSVP>], <No location | Location: …>, <Month D, YYYY>"
//   "All day, <title>, …"   and the multi-day "January 4, 2024 at 10pm to January 5, 2024 at 1:15am, <title>, …"
// Times come in 12 h ("1 to 2pm": the start borrows the end's am/pm) or 24 h ("13:00 to 14:30"). Titles and
// locations may hold commas, so fields are peeled from both ends and the title is what is left in the middle.
import {isoDay, normaliseText, splitTitle} from './description.ts';
import type {Clock, ParsedDescription} from './description.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TIME = String.raw`(\d{1,2})(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?`;
const DATE = String.raw`([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})`;
const RANGE = new RegExp(String.raw`^${TIME}\s+to\s+${TIME},\s*(.*)$`, 'i');
const MULTI = new RegExp(String.raw`^${DATE}(?:\s+at\s+${TIME})?\s+to\s+${DATE}(?:\s+at\s+${TIME})?,\s*(.*)$`, 'i');
const ALL_DAY = /^all day,\s*(.*)$/i;
const TRAILING_DATE = new RegExp(String.raw`(?:,\s*|^)${DATE}\s*$`);
const RSVP: Record<string, ParsedDescription['rsvp']> = {
  accepted: 'accepted', declined: 'declined', 'needs rsvp': 'needs-rsvp', maybe: 'maybe', tentative: 'maybe', awaiting: 'needs-rsvp',
};

type Meridiem = 'a' | 'p' | undefined;

function clock(hour: string, minute: string | undefined, meridiem: Meridiem): Clock | null {
  let h = Number(hour);
  const m = minute ? Number(minute) : 0;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem === 'p' ? 12 : 0);
  }
  return h > 23 || m > 59 ? null : {hour: h, minute: m};
}

const meridiemOf = (text: string | undefined): Meridiem => (text ? (text.toLowerCase() as 'a' | 'p') : undefined);

function date(month: string, day: string, year: string) {
  const index = MONTHS.indexOf(month.toLowerCase());
  return index < 0 ? undefined : isoDay(Number(year), index + 1, Number(day));
}

/** "<title>, <organizer>, [RSVP], <location>, <date>[, Color: …]" after the time range. */
function fields(rest: string, titleHint: string | undefined, out: ParsedDescription): boolean {
  let text = rest.replace(/,\s*Colou?r:\s*[^,]*$/i, '').replace(/,\s*$/, '');
  const dated = TRAILING_DATE.exec(text);
  if (dated) {
    out.startDay ??= date(dated[1]!, dated[2]!, dated[3]!);
    text = text.slice(0, dated.index);
  }
  const noLocation = /,\s*No location$/i.exec(text);
  const locationAt = text.lastIndexOf(', Location: ');
  if (noLocation) text = text.slice(0, noLocation.index);
  else if (locationAt >= 0) {
    out.location = text.slice(locationAt + ', Location: '.length).trim();
    text = text.slice(0, locationAt);
  }
  const parts = text.split(', ');
  const rsvp = RSVP[parts[parts.length - 1]!.toLowerCase()];
  if (rsvp && parts.length > 1) {
    out.rsvp = rsvp;
    parts.pop();
    text = parts.join(', ');
  }
  const split = splitTitle(text, ', ', titleHint);
  let title: string;
  let who: string | undefined;
  if (split) [title, who] = [split[0], split[1] || undefined];
  else if (parts.length > 1) [title, who] = [parts.slice(0, -1).join(', '), parts[parts.length - 1]];
  else title = text;
  if (!title.trim()) return false;
  out.title = title.trim();
  if (who?.startsWith('Calendar: ')) out.calendarName = who.slice('Calendar: '.length).trim();
  else if (who) out.organizer = who.trim();
  return true;
}

export function parseEnglishDescription(raw: string, titleHint?: string): ParsedDescription | null {
  const text = normaliseText(raw);
  const out: ParsedDescription = {allDay: false, rsvpStated: true};
  const range = RANGE.exec(text);
  if (range) {
    const endMeridiem = meridiemOf(range[6]);
    const start = clock(range[1]!, range[2], meridiemOf(range[3]) ?? endMeridiem);
    const end = clock(range[4]!, range[5], endMeridiem ?? meridiemOf(range[3]));
    if (!start || !end) return null;
    Object.assign(out, {start, end});
    return fields(range[7]!, titleHint, out) ? out : null;
  }
  const multi = MULTI.exec(text);
  if (multi) {
    out.startDay = date(multi[1]!, multi[2]!, multi[3]!);
    out.endDay = date(multi[7]!, multi[8]!, multi[9]!);
    if (!out.startDay || !out.endDay) return null;
    if (multi[4] && multi[10]) {
      const start = clock(multi[4], multi[5], meridiemOf(multi[6]));
      const end = clock(multi[10], multi[11], meridiemOf(multi[12]));
      if (!start || !end) return null;
      Object.assign(out, {start, end});
    } else out.allDay = true;
    return fields(multi[13]!, titleHint, out) ? out : null;
  }
  const allDay = ALL_DAY.exec(text);
  if (allDay) {
    out.allDay = true;
    return fields(allDay[1]!, titleHint, out) ? out : null;
  }
  return null;
}
