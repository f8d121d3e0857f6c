import {useLiveQuery} from 'dexie-react-hooks';
import {involves, type CalendarEvent} from '../cadence/index.ts';
import {database} from '../store/db.ts';
import {eventsAround} from '../store/calendar.ts';

/** Meetings with the executive in a week (YYYY-MM-DD bounds, end exclusive) among the events Rapport has seen. */
export function useExecutiveMeetings(executive: {email: string; name: string} | undefined, weekStart: string, weekEnd: string): number | undefined {
  return useLiveQuery(async () => {
    if (!executive) return 0;
    const events: CalendarEvent[] = await eventsAround(database(), weekStart, weekEnd);
    const inWeek = (event: CalendarEvent) => event.start.slice(0, 10) >= weekStart && event.start.slice(0, 10) < weekEnd;
    return events.filter((event) => inWeek(event) && !event.cancelled && !event.declined && !event.allDay && involves(event, executive)).length;
  }, [executive?.email, executive?.name, weekStart, weekEnd]);
}
