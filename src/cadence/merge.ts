// Folding new readings into what is known: the same event read twice (two page views, the page and an import)
// stays one event. The later reading wins, except that a page reading never erases what only a file could tell
// (attendees, description).
import type {CalendarEvent} from './types.ts';

export function mergeEvents(known: readonly CalendarEvent[], incoming: readonly CalendarEvent[]): CalendarEvent[] {
  const byId = new Map<string, CalendarEvent>();
  for (const event of known) byId.set(event.id, event);
  for (const event of incoming) {
    const previous = byId.get(event.id);
    if (!previous) {
      byId.set(event.id, event);
      continue;
    }
    const merged: CalendarEvent = {...previous, ...event};
    merged.attendees = event.attendees ?? previous.attendees;
    merged.description = event.description ?? previous.description;
    merged.organizer = event.organizer ?? previous.organizer;
    if (event.timesUnknown && !previous.timesUnknown) Object.assign(merged, {start: previous.start, end: previous.end, timesUnknown: previous.timesUnknown});
    for (const key of ['attendees', 'description', 'organizer', 'timesUnknown'] as const) if (merged[key] === undefined) delete merged[key];
    byId.set(event.id, merged);
  }
  return [...byId.values()];
}
