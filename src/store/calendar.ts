// Calendar events and the days they cover, from calendar pages and imported files. An event seen again replaces
// its earlier version (same id: a page view and a file agree on ids); a day seen is remembered as seen.
import type {CalendarEvent} from '../cadence/index.ts';
import {shiftDay} from '../shared/zoned-time.ts';
import type {RapportDb} from './db.ts';
import type {StoredEvent} from './records.ts';

export async function storeCalendar(
  db: RapportDb, events: readonly CalendarEvent[], days: readonly string[], source: 'dom' | 'ics', now: number,
): Promise<{events: number; days: number}> {
  await db.transaction('rw', db.events, db.coverage, async () => {
    await db.events.bulkPut(events.map((event): StoredEvent => ({...event})));
    await db.coverage.bulkPut(days.map((day) => ({day, seenAt: now, source})));
  });
  return {events: events.length, days: days.length};
}

/** Events whose start falls between two days (YYYY-MM-DD, inclusive), padded a day for time-zone offsets. */
export async function eventsAround(db: RapportDb, fromDay: string, toDay: string): Promise<CalendarEvent[]> {
  const rows = await db.events.where('start').between(shiftDay(fromDay, -1), `${shiftDay(toDay, 1)}\uffff`, true, true).toArray();
  return rows;
}

export async function seenDays(db: RapportDb, fromDay: string, toDay: string): Promise<string[]> {
  return db.coverage.where('day').between(fromDay, toDay, true, true).primaryKeys();
}
