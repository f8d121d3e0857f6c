import {useEffect, useState} from 'react';
import {useLiveQuery} from 'dexie-react-hooks';
import browser from 'webextension-polyfill';
import type {ContactSummary} from '../radar/index.ts';
import {CONTACT_SUMMARY_KEY, readContactSummary} from '../settings/contact-summary.ts';
import type {Settings} from '../settings/settings.ts';
import {database} from '../store/db.ts';
import {radarData} from '../store/radar.ts';
import {peopleData, type PeopleData} from './people-radar.ts';

export type {PeopleData};

/** The background's contact summary, followed as it is rewritten; null when there is none yet, undefined while read. */
function useContactSummary(): ContactSummary | null | undefined {
  const [summary, setSummary] = useState<ContactSummary | null>();
  useEffect(() => {
    let live = true;
    const reload = () => void readContactSummary().then((read) => {
      if (live) setSummary(read);
    }, () => {
      if (live) setSummary(null);
    });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CONTACT_SUMMARY_KEY in changes) reload();
    };
    reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return summary;
}

/**
 * The radar, live: key people and open items from the store, contacts from the background's summary of the year plus
 * what the store holds since (a year of mail is tens of thousands of rows: read once per radar run, not per popup).
 * Without a summary yet, the year is read from the store.
 */
export function usePeople(settings: Settings | undefined, now: number): PeopleData | undefined {
  const summary = useContactSummary();
  return useLiveQuery(async () => {
    if (!settings || summary === undefined) return undefined;
    const data = await radarData(database(), settings.people, now, summary ? summary.computedAt : undefined);
    return peopleData({...data, summary}, settings, now);
  }, [settings, now, summary]);
}
