// Does a meeting count toward a target? By title keywords and by the people in it. Cancelled and declined meetings
// never count. People are recognised from whatever the source showed: attendee emails and names (.ics, the details
// dialog), the organizer, the calendar the event sits on (the executive's own calendar), or the name in the title
// ("1:1 Dana / Priya") — calendar pages often show nothing else.
import type {CadenceTarget, CalendarEvent} from './types.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const normalise = (text: string) => text.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ');

/** Whole-word alternation: "sync" matches "Weekly sync" but not "async". */
function wordsPattern(words: string[]): RegExp | null {
  const cleaned = words.map((w) => normalise(w.trim())).filter(Boolean);
  if (cleaned.length === 0) return null;
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${cleaned.map(escapeRegExp).join('|')})(?=$|[^\\p{L}\\p{N}])`, 'u');
}

type PersonMatcher = {emails: string[]; names: string[]; titlePattern: RegExp | null};

/** `Name <email>`, an email, or a name. */
function personMatcher(entry: string): PersonMatcher {
  const angle = /^(.*?)\s*<([^>]+)>\s*$/.exec(entry);
  const raw = angle ? [angle[1]!, angle[2]!] : [entry];
  const emails = raw.filter((r) => r.includes('@')).map((r) => r.trim().toLowerCase());
  const names = raw.filter((r) => r.trim() && !r.includes('@')).map((r) => normalise(r.trim()));
  // In titles people go by first name ("Dana / Priya"); the full name counts too.
  const titleWords = names.flatMap((n) => [n, n.split(' ')[0]!]).filter((w) => w.length >= 2);
  return {emails, names, titlePattern: wordsPattern(titleWords)};
}

function personPresent(p: PersonMatcher, event: CalendarEvent, title: string): boolean {
  for (const a of event.attendees ?? []) {
    if (a.email && p.emails.includes(a.email.toLowerCase())) return true;
    if (a.name && p.names.includes(normalise(a.name))) return true;
  }
  if (event.organizer) {
    const organizer = normalise(event.organizer);
    if (p.emails.includes(organizer) || p.names.includes(organizer)) return true;
  }
  if (event.calendarId && p.emails.includes(event.calendarId.toLowerCase())) return true;
  return p.titlePattern !== null && p.titlePattern.test(title);
}

/** `title` is `normalise(event.title)`, passed in when the caller matches one event against many targets. */
export type TargetMatcher = (event: CalendarEvent, title?: string) => boolean;

export function compileTarget(target: CadenceTarget): TargetMatcher {
  const include = wordsPattern(target.titleKeywords);
  const exclude = wordsPattern(target.excludeKeywords ?? []);
  const people = target.requiredAttendees.map(personMatcher);
  return (event, title = normalise(event.title)) => {
    if (event.cancelled || event.declined || include === null) return false;
    if (!include.test(title) || exclude?.test(title)) return false;
    return people.every((p) => personPresent(p, event, title));
  };
}
