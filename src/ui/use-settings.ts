import {useEffect, useState} from 'react';
import browser from 'webextension-polyfill';
import {isSettingsKey, loadSettings, type Settings} from '../settings/settings.ts';
import {syncArea} from '../settings/sync-area.ts';

/** The user's settings, reloaded when the options page (or another machine, through sync) changes them. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    const reload = () => void loadSettings(syncArea).then((loaded) => {
      if (live) setSettings(loaded);
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
