import browser from 'webextension-polyfill';
import type {SettingsArea} from './settings.ts';

/** The browser's sync storage, where settings live (they follow the user between machines). */
export const syncArea: SettingsArea = {
  get: (keys) => browser.storage.sync.get(keys),
  set: (items) => browser.storage.sync.set(items),
};
