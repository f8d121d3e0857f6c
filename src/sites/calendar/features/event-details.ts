// Feature: when the user opens an event's details, hand its guests to the background (once per event and guest list;
// the popover is re-used between events, so it is re-read on every change), and show what is open with them beside
// it (the meeting-prep card) until the details close.
import {send} from '../../../shared/send.ts';
import {reportError} from '../../shared/report-error.ts';
import {readOpenDetails} from '../details.ts';
import {createPrepCard} from '../prep-card.ts';

export function createDetailsWatcher() {
  let lastKey = '';
  const card = createPrepCard();
  return {
    scan(): void {
      const details = readOpenDetails(document);
      if (!details) {
        if (lastKey) card.hide();
        lastKey = '';
        return;
      }
      const key = JSON.stringify(details);
      if (key === lastKey) return;
      lastKey = key;
      send('calendar/details', details).then((reply) => {
        // Only if these details are still the ones open: the user may have moved on while the answer came.
        if (lastKey === key) card.show(reply.prep ?? []);
      }).catch((error: unknown) => {
        lastKey = '';
        reportError('event-details', error);
      });
    },
  };
}
