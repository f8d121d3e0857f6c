// What a redacted capture of Google Calendar holds (options page, Diagnostics): the main area with the grid or the
// schedule, the hidden user info that carries the time zone, and the event details when they are open. Nothing
// when the tab shows no calendar (the settings pages). Reads the page only.
import {findAll, findOne} from '../shared/selector.ts';
import type {CaptureSpec} from '../shared/redact/page.ts';
import {calendarSelectors as S} from './selectors.ts';
import {viewFromUrl} from './read/view.ts';

const CALENDAR_VIEWS = new Set(['day', 'week', 'month', 'agenda', 'custom', 'search']);

export function calendarCapture(page: Document = document, url: string = window.location.href): CaptureSpec | null {
  const view = viewFromUrl(url);
  // The address says which view it is even when Calendar has renamed every hook, which is when a capture is wanted.
  const showsCalendar = CALENDAR_VIEWS.has(view) || findAll(S.eventChip, page).elements.length > 0 || findAll(S.dayCell, page).elements.length > 0;
  if (!showsCalendar) return null;
  const main = page.querySelector('[role="main"]') ?? page.body;
  const around = [page.getElementById('xUserInfo'), findOne(S.detailsEvent, page)].filter((part): part is HTMLElement => part !== null);
  return {site: 'calendar', view, targets: [main, ...around], stylesheet: 'calendar.css'};
}
