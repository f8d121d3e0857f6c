// The radar itself: for each key person, the last contact, whether the keep-in-touch interval has run out, and
// what is owed each way. Pure and linear: contacts and items are grouped by address once, so 500 people over a
// year of mail and meetings is one pass over each list.
import type {Contact, KeyPerson, OwedItem, PersonRadar, RadarSettings, TouchStatus} from './types.ts';

const DAY = 86_400_000;
/** "Due soon" this long before the interval runs out: enough to plan a message or a meeting. */
const SOON_DAYS = 2;

export type RadarInput = {
  people: readonly KeyPerson[];
  contacts: readonly Contact[];
  items: readonly OwedItem[];
  settings: RadarSettings;
  now: number;
  /** Working hours between two instants (the user's week); decides when an unanswered ask is late. */
  workingHoursBetween(from: number, to: number): number;
};

function groupBy<T extends {email: string}>(list: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const entry of list) {
    const key = entry.email.toLowerCase();
    const bucket = map.get(key);
    if (bucket) bucket.push(entry);
    else map.set(key, [entry]);
  }
  return map;
}

function latest(contacts: readonly Contact[] | undefined, now: number): Contact | null {
  let best: Contact | null = null;
  // A meeting tomorrow is not contact yet: only what has happened counts.
  for (const contact of contacts ?? []) if (contact.at <= now && (!best || contact.at > best.at)) best = contact;
  return best;
}

function touchStatus(last: Contact | null, everyDays: number, now: number): {status: TouchStatus; touchDueAt: number | null} {
  if (!last) return {status: 'never', touchDueAt: null};
  const touchDueAt = last.at + everyDays * DAY;
  const status = now >= touchDueAt ? 'overdue' : now >= touchDueAt - SOON_DAYS * DAY ? 'due-soon' : 'ok';
  return {status, touchDueAt};
}

export function computeRadar(input: RadarInput): PersonRadar[] {
  const contactsOf = groupBy(input.contacts);
  const itemsOf = groupBy(input.items.filter((item) => item.status === 'open'));
  return input.people.map((person) => {
    const everyDays = person.everyDays ?? input.settings.everyDays[person.group];
    const lastContact = latest(contactsOf.get(person.email.toLowerCase()), input.now);
    const open = (itemsOf.get(person.email.toLowerCase()) ?? []).slice().sort((a, b) => a.at - b.at);
    const owedByMe = open.filter((item) => item.direction === 'asked-of-me');
    const owedToMe = open.filter((item) => item.direction === 'promised-to-me');
    const allowed = input.settings.answerWithinHours[person.group];
    const lateAskIds = new Set(owedByMe.filter((item) => (item.dueAt !== null && item.dueAt <= input.now)
      || input.workingHoursBetween(item.at, input.now) >= allowed).map((item) => item.id));
    const latePromises = owedToMe.filter((item) => item.dueAt !== null && item.dueAt <= input.now).length;
    return {person, everyDays, lastContact, ...touchStatus(lastContact, everyDays, input.now), owedByMe, owedToMe, lateAsks: lateAskIds.size, latePromises, lateAskIds};
  });
}

const STATUS_RANK: Record<TouchStatus, number> = {'overdue': 0, 'never': 1, 'due-soon': 2, 'ok': 3};

/** What needs the user first: late asks, then late promises to chase, then people gone quiet, then the rest. */
export function byNeed(a: PersonRadar, b: PersonRadar): number {
  return b.lateAsks - a.lateAsks || b.latePromises - a.latePromises || STATUS_RANK[a.status] - STATUS_RANK[b.status]
    || b.owedByMe.length - a.owedByMe.length || (a.touchDueAt ?? 0) - (b.touchDueAt ?? 0) || a.person.name.localeCompare(b.person.name);
}
