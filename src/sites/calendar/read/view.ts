// Which Calendar view a page shows, from its URL (research/dom.md 3.1: /r/day, /r/week, /r/month, /r/agenda,
// /r/customweek, and /r/search for search results). The reader needs it for one thing: a list of events counts as
// days seen in the schedule view, never in search results, which list only the events that match.
export type CalendarView = 'day' | 'week' | 'month' | 'agenda' | 'custom' | 'search' | 'other';

const VIEWS: Record<string, CalendarView> = {day: 'day', week: 'week', month: 'month', agenda: 'agenda', search: 'search'};

export function viewFromUrl(url: string): CalendarView {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'other';
  }
  const name = /\/r\/([a-z]+)/.exec(path)?.[1];
  if (!name) return 'other'; // "/calendar/u/0/r" opens the user's default view
  return VIEWS[name] ?? (name.startsWith('custom') ? 'custom' : 'other');
}
