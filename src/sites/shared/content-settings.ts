import browser from 'webextension-polyfill';
import {syncArea} from '../../settings/sync-area.ts';
import {isSettingsKey, loadSettings, type Settings} from '../../settings/settings.ts';

// Content scripts read the user's settings from the extension's sync storage (not the page's), and follow changes
// made in the options page without a reload. They never write them: changes go to the background as messages.


let current: Promise<Settings> | undefined;
const listeners = new Set<(settings: Settings) => void>();

export function contentSettings(): Promise<Settings> {
  current ??= loadSettings(syncArea);
  return current;
}

export function onSettingsChange(listener: (settings: Settings) => void, signal: AbortSignal): void {
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), {once: true});
}

browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName !== 'sync' || !Object.keys(changes).some(isSettingsKey)) return;
  current = undefined;
  void contentSettings().then((settings) => {
    for (const listener of listeners) listener(settings);
  });
});
