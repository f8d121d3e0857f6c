// The radar now, and its nudges brought in line with it. Runs with every lifecycle run (after a send, a thread read,
// an alarm), so a key person falls overdue with time alone, and a reply or a delivery resolves its nudge.
import {computeRadar, summariseContacts, type PersonRadar} from '../../radar/index.ts';
import {writeContactSummary} from '../../settings/contact-summary.ts';
import {printError} from '../../shared/log.ts';
import {database} from '../../store/db.ts';
import {radarData, type RadarData} from '../../store/radar.ts';
import {syncRadarNudges} from '../../store/radar-nudges.ts';
import {workingHoursBetween} from '../../shared/zoned-time.ts';
import type {Settings} from '../../settings/settings.ts';

/** The radar from the store as it stands, and the data it was computed from. Reads only. */
async function currentRadar(settings: Settings, timeZone: string, now: number): Promise<{radar: PersonRadar[]; data: RadarData}> {
  const data = await radarData(database(), settings.people, now);
  const radar = computeRadar({
    ...data, settings: settings.radar, now,
    // An ask waits a working day at most: count no further than a week of hours.
    workingHoursBetween: (from, to) => workingHoursBetween(from, to, settings.workingHours, timeZone, 7 * 24),
  });
  return {radar, data};
}

export async function refreshRadarNudges(settings: Settings, timeZone: string, now: number): Promise<number> {
  const {radar, data} = await currentRadar(settings, timeZone, now);
  // The year just read, boiled down for the popup's People view, so it need not read it again. Without it the popup
  // reads the year itself: a failure here must not stop the nudges.
  await writeContactSummary(summariseContacts(data.contacts, data.names, now)).catch((error: unknown) => printError('radar contact summary', error));
  return syncRadarNudges(database(), radar, now, timeZone);
}
