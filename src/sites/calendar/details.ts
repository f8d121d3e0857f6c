// The event details popover: the one place Calendar shows who attends. When the user opens an event, its guests are
// read (address and name only) so the cadence can count a meeting by who was in it, not only by its title.
import type {Person} from '../../cadence/index.ts';
import {findAll, findOne} from '../shared/selector.ts';
import {decodeEventId} from './read/attributes.ts';
import {calendarSelectors as S} from './selectors.ts';

export type OpenDetails = {eventId: string; attendees: Person[]};

export function readOpenDetails(doc: Document = document): OpenDetails | null {
  const dialog = findOne(S.detailsEvent, doc);
  const decoded = dialog ? decodeEventId(dialog.getAttribute('data-eventid') ?? '') : null;
  if (!dialog || !decoded) return null;
  const attendees = findAll(S.detailsGuest, dialog).elements.map((guest): Person => {
    // The aria-label reads "Name, Status"; the visible first line is the name. Either may be missing.
    const label = guest.getAttribute('aria-label')?.split(',')[0]?.trim();
    const name = label || guest.firstChild?.textContent?.trim() || undefined;
    return {email: guest.getAttribute('data-email')!.toLowerCase(), ...(name ? {name} : {})};
  });
  return {eventId: decoded.id, attendees};
}
