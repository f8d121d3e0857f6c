import browser from 'webextension-polyfill';
import {syncArea} from '../settings/sync-area.ts';
import {effectiveTimeZone, isSettingsKey, loadSettings, type Settings} from '../settings/settings.ts';


let cached: Promise<Settings> | undefined;

/** The user's settings, read once per worker life and re-read when they change in any window. */
export function currentSettings(): Promise<Settings> {
  cached ??= loadSettings(syncArea);
  return cached;
}

export async function currentTimeZone(): Promise<string> {
  return effectiveTimeZone(await currentSettings());
}

/** Call `onChange` after any settings key changes (registered in the worker's first turn). */
export function listenForSettings(onChange: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !Object.keys(changes).some(isSettingsKey)) return;
    cached = undefined;
    onChange();
  });
}
