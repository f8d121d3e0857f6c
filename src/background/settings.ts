import browser from 'webextension-polyfill';
import {effectiveTimeZone, isSettingsKey, loadSettings, type Settings, type SettingsArea} from '../settings/settings.ts';

const syncArea: SettingsArea = {
  get: (keys) => browser.storage.sync.get(keys),
  set: (items) => browser.storage.sync.set(items),
};

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
