// The meeting rhythm's headline, kept with each weekly summary so past weeks can show it: the cadence is computed
// from the calendar as it stands, which later weeks overwrite, so it can only be recorded at the time.
import {printError} from '../../shared/log.ts';
import {cadenceKept, type CadenceKept} from '../../store/past-weeks.ts';
import {readCadence} from '../calendar/gaps.ts';

/** Targets kept of those judged, now; null when nothing can be judged or the cadence failed (the summary is still kept). */
export async function cadenceForSummary(now: number): Promise<CadenceKept | null> {
  try {
    const {views} = await readCadence(now);
    return cadenceKept(views.map((view) => view.status));
  } catch (error) {
    printError('weekly summary: cadence', error);
    return null;
  }
}
