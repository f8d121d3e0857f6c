// Which Calendar view a page shows. The reader needs it for two things: a list of events counts as days seen in the
// schedule view, never in search results (which list only the events that match), and the year view is read as
// nothing at all (it shows days without their events, so none of its days may be claimed as seen).
// Two sources: the page's own `body[data-viewkey]` ("DAY", "WEEK", "CUSTOM_DAYS", "MONTH", "YEAR" in extensions that
// read it, research/dom-crosscheck.md), and the URL (research/dom.md 3.1: /r/day, /r/week, /r/month, /r/year,
// /r/agenda, /r/customweek, and /r/search). The attribute wins: it changes with the view, where the URL may not.
export type CalendarView = 'day' | 'week' | 'month' | 'year' | 'agenda' | 'custom' | 'search' | 'other';

const VIEWS: Record<string, CalendarView> = {day: 'day', week: 'week', month: 'month', year: 'year', agenda: 'agenda', schedule: 'agenda', search: 'search'};

const named = (name: string | undefined): CalendarView | undefined =>
  name ? (VIEWS[name] ?? (name.startsWith('custom') ? 'custom' : undefined)) : undefined;

export function viewFromUrl(url: string): CalendarView {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'other';
  }
  // "/calendar/u/0/r" alone opens the user's default view
  return named(/\/r\/([a-z]+)/.exec(path)?.[1]) ?? 'other';
}

/** The view a page shows: its body's data-viewkey when that names a view, else its URL. */
export function viewOfPage(doc: Document): CalendarView {
  return named(doc.body?.getAttribute('data-viewkey')?.trim().toLowerCase()) ?? viewFromUrl(doc.URL);
}
