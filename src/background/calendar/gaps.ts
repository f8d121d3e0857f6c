// The cadence as it stands, and the nudges for its gaps. Reading (cadence/list, when the popup opens) never writes;
// the gaps become nudges when calendar data comes in (a calendar page, a file, an event's guests) and when time
// passes (the background's half-hourly alarm), since a weekly catch-up falls overdue without anything being seen.
import {syncGapNudges} from '../../store/cadence-nudges.ts';
import {database} from '../../store/db.ts';
import {currentSettings} from '../settings.ts';
import {cadenceViews} from './cadence-view.ts';

/** The cadence now, read only. */
export async function readCadence(now = Date.now()) {
  return cadenceViews(database(), await currentSettings(), now);
}

/** The cadence now, with its gaps written as nudges. Returns it, and whether any nudge changed (the caller then
 * runs the lifecycle: badge, notifications, next alarm). */
export async function refreshCadenceGaps(now = Date.now()) {
  const result = await readCadence(now);
  const changed = await syncGapNudges(database(), result.views, now) > 0;
  return {result, changed};
}
