// What the toast says after a send: the promises Rapport now tracks and those the mail delivered.
import {pluralForm, tCount} from '../../shared/i18n.ts';

/** "Tracking 2 commitments, closed 1 you delivered.": one whole sentence per case; null when there is nothing to say. */
export function sentMessage(tracked: number, closed: number): string | null {
  if (tracked > 0 && closed > 0) {
    // Two counts in one sentence: tCount picks the form for `tracked`, the language's plural rule here the one for
    // `closed` (a stem per form).
    return pluralForm(closed) === 'one'
      ? tCount('gmail_trackingClosedOne', tracked, closed)
      : tCount('gmail_trackingClosedOther', tracked, closed);
  }
  if (tracked > 0) return tCount('gmail_tracking', tracked);
  if (closed > 0) return tCount('gmail_closed', closed);
  return null;
}
