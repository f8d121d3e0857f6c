import {useLiveQuery} from 'dexie-react-hooks';
import type {Settings} from '../settings/settings.ts';
import {database} from '../store/db.ts';
import {radarData} from '../store/radar.ts';
import {peopleData, type PeopleData} from './people-radar.ts';

export type {PeopleData};

/**
 * The radar, live: key people, open items and contacts from the store. Contacts come from the contact book the
 * background keeps (a few hundred rows, not a year of mail) plus what happened since it was brought up to date.
 */
export function usePeople(settings: Settings | undefined, now: number): PeopleData | undefined {
  return useLiveQuery(async () => {
    if (!settings) return undefined;
    return peopleData(await radarData(database(), settings.people, now), settings, now);
  }, [settings, now]);
}
