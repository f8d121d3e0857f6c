// Calendar events and the days they cover, from calendar pages and imported files. An event seen again is merged
// into its earlier version (same id: a page view and a file agree on ids; a page reading never erases the guests a
// file or the details dialog told); a day seen is remembered as seen.
import {mergeEvents, type CalendarEvent, type Person} from '../cadence/index.ts';
import {shiftDay} from '../shared/zoned-time.ts';
import {bookFollows, bookTables, eventContacts} from './contacts.ts';
import type {RapportDb} from './db.ts';
import type {StoredEvent} from './records.ts';

export async function storeCalendar(
  db: RapportDb, events: readonly CalendarEvent[], days: readonly string[], source: 'dom' | 'ics', now: number,
): Promise<{events: number; days: number}> {
  await db.transaction('rw', [db.events, db.coverage, ...bookTables(db)], async () => {
    const stored = (await db.events.bulkGet([...new Set(events.map((event) => event.id))])).filter((event) => event !== undefined);
    const merged = mergeEvents(stored, events);
    await db.events.bulkPut(merged.map((event): StoredEvent => ({...event})));
    // A past meeting seen for the first time (an imported year, an earlier week opened) is folded into the contact
    // book; the same week read again changes nothing; a past meeting moved, cancelled or with other guests makes it
    // stale (contacts.ts).
    const before = new Map(stored.map((event) => [event.id, eventContacts(event)]));
    await bookFollows(db, merged.map((event) => ({before: before.get(event.id) ?? [], after: eventContacts(event)})));
    await db.coverage.bulkPut(days.map((day) => ({day, seenAt: now, source})));
  });
  return {events: events.length, days: days.length};
}

/** The guests of an event, as its details dialog shows them; false when the event is not stored. */
export async function storeGuests(db: RapportDb, eventId: string, guests: Person[]): Promise<boolean> {
  return db.transaction('rw', [db.events, ...bookTables(db)], async () => {
    const event = await db.events.get(eventId);
    if (!event) return false;
    await db.events.put({...event, attendees: guests});
    // The guests of a meeting held are contacts: folded into the contact book, or, if they differ from those it
    // holds, the book is built again.
    await bookFollows(db, [{before: eventContacts(event), after: eventContacts({...event, attendees: guests})}]);
    return true;
  });
}

/** Events whose start falls between two days (YYYY-MM-DD, inclusive), padded a day for time-zone offsets. */
export async function eventsAround(db: RapportDb, fromDay: string, toDay: string): Promise<CalendarEvent[]> {
  const rows = await db.events.where('start').between(shiftDay(fromDay, -1), `${shiftDay(toDay, 1)}\uffff`, true, true).toArray();
  return rows;
}

export async function seenDays(db: RapportDb, fromDay: string, toDay: string): Promise<string[]> {
  return db.coverage.where('day').between(fromDay, toDay, true, true).primaryKeys();
}
