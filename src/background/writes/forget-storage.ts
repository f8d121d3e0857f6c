// "Delete everything" covers the browser's extension storage too, not only the database: storage.local holds the
// hints dismissed with "Not now" and the day the calendar banner was closed, storage.sync holds the settings. Both
// areas are Rapport's alone (no other extension or site can write them), so they are cleared whole: a key added
// later is covered without anyone remembering to list it here. In the write queue, so a dismissal being written
// lands before the clear, never after it.
import browser from 'webextension-polyfill';
import {serially} from './serial.ts';

export function forgetExtensionStorage(): Promise<void> {
  return serially(async () => {
    await browser.storage.local.clear();
    await browser.storage.sync.clear();
  });
}
