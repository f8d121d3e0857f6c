import browser from 'webextension-polyfill';
import {isSettingsKey, loadSettings, saveSettings, type Settings, type SettingsArea} from '../../settings/settings.ts';

// Content scripts read the user's settings from the extension's sync storage (not the page's), and follow changes
// made in the options page without a reload.

const area: SettingsArea = {
  get: (keys) => browser.storage.sync.get(keys),
  set: (items) => browser.storage.sync.set(items),
};

let current: Promise<Settings> | undefined;
const listeners = new Set<(settings: Settings) => void>();

export function contentSettings(): Promise<Settings> {
  current ??= loadSettings(area);
  return current;
}

export function onSettingsChange(listener: (settings: Settings) => void, signal: AbortSignal): void {
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), {once: true});
}

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  await saveSettings(area, patch);
}

browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName !== 'sync' || !Object.keys(changes).some(isSettingsKey)) return;
  current = undefined;
  void contentSettings().then((settings) => {
    for (const listener of listeners) listener(settings);
  });
});
