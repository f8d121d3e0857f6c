import {useLiveQuery} from 'dexie-react-hooks';
import {byNeed, computeRadar, suggestKeyPeople, type PersonRadar, type Suggestion} from '../radar/index.ts';
import {effectiveTimeZone, type Settings} from '../settings/settings.ts';
import {workingHoursBetween} from '../shared/zoned-time.ts';
import {database} from '../store/db.ts';
import {radarData} from '../store/radar.ts';

export type PeopleData = {
  /** Every key person, whoever needs the user most first. */
  radar: PersonRadar[];
  /** People the user writes to and meets most who are not key yet: only ever offered, never added. */
  suggestions: Suggestion[];
};

/**
 * The radar, live: read from the store as the background reads it (store/radar.ts) and computed the same way, so
 * the People view and the radar's nudges agree. Recomputed when a mail is sent or read, a meeting seen, a person
 * added or an item marked done.
 */
export function usePeople(settings: Settings | undefined, now: number): PeopleData | undefined {
  return useLiveQuery(async () => {
    if (!settings) return undefined;
    const timeZone = effectiveTimeZone(settings);
    const data = await radarData(database(), settings.people, now);
    const radar = computeRadar({
      ...data, settings: settings.radar, now,
      // As the background counts (radar/refresh.ts): an ask waits a working day at most, so a week of hours is plenty.
      workingHoursBetween: (from, to) => workingHoursBetween(from, to, settings.workingHours, timeZone, 7 * 24),
    }).sort(byNeed);
    return {radar, suggestions: suggestKeyPeople(data.contacts, data.names, data.people, settings.people.myAddresses)};
  }, [settings, now]);
}
