// Guessing whose calendar this is when nobody said: the executive is the person in the most distinct meetings
// (series count once, so the EA's own daily catch-up cannot outvote a year of the executive's meetings), and
// direct reports are the other person in the executive's two-person 1:1s. Only a default: users set both.
import type {CalendarEvent, People} from './types.ts';

const ONE_ON_ONE = /(?:^|[^\p{L}\p{N}])(1:1|1-1|1on1|one[- ]on[- ]one)(?=$|[^\p{L}\p{N}])/iu;

type Tally = {email: string; name: string; series: Set<string>};

export function guessPeople(events: readonly CalendarEvent[]): People | null {
  const tally = new Map<string, Tally>();
  const count = (email: string | undefined, name: string | undefined, series: string) => {
    if (!email) return;
    const key = email.toLowerCase();
    const entry = tally.get(key) ?? {email: key, name: '', series: new Set()};
    if (name && !entry.name) entry.name = name;
    entry.series.add(series);
    tally.set(key, entry);
  };
  for (const event of events) {
    if (event.cancelled) continue;
    for (const a of event.attendees ?? []) count(a.email, a.name, event.seriesId ?? event.id);
  }
  const ranked = [...tally.values()].sort((a, b) => b.series.size - a.series.size || a.email.localeCompare(b.email));
  const top = ranked[0];
  if (!top) return null;
  const reports = new Map<string, {email: string; name: string}>();
  for (const event of events) {
    if (event.cancelled || !ONE_ON_ONE.test(event.title) || event.attendees?.length !== 2) continue;
    const emails = event.attendees.map((a) => a.email?.toLowerCase());
    if (!emails.includes(top.email)) continue;
    const other = event.attendees.find((a) => a.email && a.email.toLowerCase() !== top.email);
    if (other?.email) reports.set(other.email.toLowerCase(), {email: other.email.toLowerCase(), name: other.name ?? tally.get(other.email.toLowerCase())?.name ?? ''});
  }
  return {executive: {email: top.email, name: top.name}, directReports: [...reports.values()]};
}

/** Whether a person takes part in an event: it is on their calendar, they are a guest, or they organise it. */
export function involves(event: CalendarEvent, person: {email: string; name: string}): boolean {
  const email = person.email.toLowerCase();
  const name = person.name.toLowerCase();
  return event.calendarId?.toLowerCase() === email
    || (event.attendees ?? []).some((guest) => guest.email?.toLowerCase() === email)
    || (!!event.organizer && [email, name].filter(Boolean).includes(event.organizer.toLowerCase()));
}
