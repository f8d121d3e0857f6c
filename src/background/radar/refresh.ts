// The radar now, and its nudges brought in line with it. Runs with every lifecycle run (after a send, a thread read,
// an alarm), so a key person falls overdue with time alone, and a reply or a delivery resolves its nudge.
import {computeRadar, type PersonRadar} from '../../radar/index.ts';
import {printError} from '../../shared/log.ts';
import {refreshContactBook} from '../../store/contacts.ts';
import {database} from '../../store/db.ts';
import {radarData} from '../../store/radar.ts';
import {syncRadarNudges} from '../../store/radar-nudges.ts';
import {workingHoursBetween} from '../../shared/zoned-time.ts';
import type {Settings} from '../../settings/settings.ts';

/** The radar from the store as it stands. Reads only. */
async function currentRadar(settings: Settings, timeZone: string, now: number): Promise<PersonRadar[]> {
  const data = await radarData(database(), settings.people, now);
  return computeRadar({
    ...data, settings: settings.radar, now,
    // An ask waits a working day at most: count no further than a week of hours.
    workingHoursBetween: (from, to) => workingHoursBetween(from, to, settings.workingHours, timeZone, 7 * 24),
  });
}

export async function refreshRadarNudges(settings: Settings, timeZone: string, now: number): Promise<number> {
  // The contact book brought up to now: a few mails since the last run, or all of them when it must be built again.
  // A failure changes nothing (one transaction): the radar is then read from the sources, and the nudges still follow.
  await refreshContactBook(database(), now).catch((error: unknown) => printError('contact book', error));
  return syncRadarNudges(database(), await currentRadar(settings, timeZone, now), now, timeZone);
}
