import {useEffect, useState} from 'react';
import browser from 'webextension-polyfill';
import {isSettingsKey, loadSettings, type Settings} from '../settings/settings.ts';
import {syncArea} from '../settings/sync-area.ts';

/** The settings last read in this page: a component mounted later starts from them rather than from nothing. */
let lastRead: Settings | undefined;

/** Read the settings before the first render (while a view's code is fetched), so the page's first render has them. */
export async function preloadSettings(): Promise<Settings> {
  lastRead = await loadSettings(syncArea);
  return lastRead;
}

/** The user's settings, reloaded when the options page (or another machine, through sync) changes them. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(() => lastRead);
  useEffect(() => {
    let live = true;
    const reload = () => void loadSettings(syncArea).then((loaded) => {
      // Settings read again unchanged keep their identity, so nothing computed from them is computed again (the People
      // view would read the store a second time).
      if (lastRead === undefined || JSON.stringify(lastRead) !== JSON.stringify(loaded)) lastRead = loaded;
      if (live) setSettings(lastRead);
    });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'sync' && Object.keys(changes).some(isSettingsKey)) reload();
    };
    reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return settings;
}
