// What to have in mind before a meeting: for each guest, what the user promised them and has not done, what they
// asked the user that is still unanswered, and what they promised the user. Read for the Calendar event card and
// the popup's Now view; counts and sentences only.
import type {GuestPrep, PrepItem} from '../shared/meeting-prep.ts';
import type {RapportDb} from './db.ts';

const item = ({sentence, at, dueAt}: {sentence: string; at: number; dueAt: number | null}): PrepItem => ({sentence, at, dueAt});

/** Guests with something open, in the order given; guests with nothing open are left out. */
export async function prepForGuests(db: RapportDb, guests: ReadonlyArray<{email: string; name?: string}>): Promise<GuestPrep[]> {
  const emails = [...new Set(guests.map((guest) => guest.email.toLowerCase()))].slice(0, 100);
  if (emails.length === 0) return [];
  const [mine, theirs] = await Promise.all([
    db.commitments.where('status').equals('open').toArray(),
    db.owedItems.where('email').anyOf(emails).toArray(),
  ]);
  return emails.flatMap((email) => {
    const guest = guests.find((candidate) => candidate.email.toLowerCase() === email);
    const open = theirs.filter((entry) => entry.email === email && entry.status === 'open');
    const prep: GuestPrep = {
      email, name: guest?.name || open[0]?.name || email,
      iPromised: mine.filter((commitment) => (commitment.counterparts ?? []).some((address) => address.toLowerCase() === email))
        .map((commitment) => item({sentence: commitment.sentence, at: commitment.createdAt, dueAt: commitment.dueAt})),
      theyAsked: open.filter((entry) => entry.direction === 'asked-of-me').map(item),
      theyPromised: open.filter((entry) => entry.direction === 'promised-to-me').map(item),
    };
    return prep.iPromised.length + prep.theyAsked.length + prep.theyPromised.length > 0 ? [prep] : [];
  });
}

export type MeetingPrep = {eventId: string; title: string; start: string; guests: GuestPrep[]};

/**
 * Today's meetings with a key person that has something open, for the popup's Now view: the same lists as the
 * Calendar card, before the meeting. `from`/`to` bound the day (`YYYY-MM-DD`, padded a day for time zones by the
 * caller's filter on `isToday`).
 */
export async function meetingsToPrepare(
  db: RapportDb, keyEmails: ReadonlySet<string>, fromDay: string, toDay: string, isToday: (start: string) => boolean,
): Promise<MeetingPrep[]> {
  const events = (await db.events.where('start').between(fromDay, `${toDay}\uffff`, true, true).toArray())
    .filter((candidate) => !candidate.cancelled && !candidate.declined && isToday(candidate.start));
  const keyGuests = (event: (typeof events)[number]) => (event.attendees ?? [])
    .filter((guest): guest is {email: string; name?: string} => typeof guest.email === 'string' && keyEmails.has(guest.email.toLowerCase()));
  // One read of what is open for every key guest of the day, not one per meeting.
  const byEmail = new Map((await prepForGuests(db, events.flatMap(keyGuests))).map((prep) => [prep.email, prep]));
  const preps: MeetingPrep[] = [];
  for (const event of events) {
    const guests = [...new Set(keyGuests(event).map((guest) => guest.email.toLowerCase()))].flatMap((email) => byEmail.get(email) ?? []);
    if (guests.length > 0) preps.push({eventId: event.id, title: event.title, start: event.start, guests});
  }
  return preps.sort((a, b) => a.start.localeCompare(b.start));
}
