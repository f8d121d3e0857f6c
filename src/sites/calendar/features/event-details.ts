// Feature: when the user opens an event's details, hand its guests to the background (once per event and guest list;
// the popover is re-used between events, so it is re-read on every change).
import {send} from '../../../shared/send.ts';
import {reportError} from '../../shared/report-error.ts';
import {readOpenDetails} from '../details.ts';

export function createDetailsWatcher() {
  let lastKey = '';
  return {
    scan(): void {
      const details = readOpenDetails(document);
      if (!details) return;
      const key = JSON.stringify(details);
      if (key === lastKey) return;
      lastKey = key;
      send('calendar/details', details).catch((error: unknown) => {
        lastKey = '';
        reportError('event-details', error);
      });
    },
  };
}
