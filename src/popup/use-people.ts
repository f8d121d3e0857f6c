import {liveQuery} from 'dexie';
import {useObservable} from 'dexie-react-hooks';
import type {Settings} from '../settings/settings.ts';
import {database} from '../store/db.ts';
import {radarData} from '../store/radar.ts';
import {peopleData, type PeopleData} from './people-radar.ts';
import {shared, type Shared} from './shared-observable.ts';

export type {PeopleData};

/**
 * The radar, live: key people, open items and contacts from the store. Contacts come from the contact book the
 * background keeps (a few hundred rows, not a year of mail) plus what happened since it was brought up to date.
 */
const peopleQuery = (settings: Settings, now: number) =>
  liveQuery(async () => peopleData(await radarData(database(), settings.people, now), settings, now));

let early: {settings: Settings; now: number; query: Shared<PeopleData>} | undefined;

/**
 * The popup opened onto People: its query starts as soon as the settings are read, while the view's code is fetched
 * and React starts, and the view takes it up (same settings, same moment) instead of starting its own.
 */
export function prefetchPeople(settings: Settings, now = Date.now()): void {
  early = {settings, now, query: shared(peopleQuery(settings, now))};
}

/** The moment the prefetched query was computed for, while it is still this minute: the view's clock starts there. */
export const prefetchedNow = (): number | undefined => (early && Date.now() - early.now < 60_000 ? early.now : undefined);

/** The People view's data, live; undefined until read (and while there are no settings). */
export function usePeople(settings: Settings | undefined, now: number): PeopleData | undefined {
  return useObservable(() => {
    if (!settings) return {subscribe: () => () => undefined}; // nothing to read yet
    if (early && early.settings === settings && early.now === now) return early.query;
    return peopleQuery(settings, now);
  }, [settings, now]);
}
