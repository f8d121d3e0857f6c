// "Not now" on a hint: remembered by the hint's fingerprint (rule + words + sentence) in the extension's local
// storage, so the same hint stays quiet in every draft and after a reload. Capped: the newest are kept. Written only
// here, in the background, one write after another; content scripts read the list and ask for additions.
import browser from 'webextension-polyfill';
import {DISMISSED_KEY, readDismissed} from '../../settings/dismissed.ts';
import {serially} from './serial.ts';

const LIMIT = 2_000;

export function addDismissed(fingerprint: string): Promise<string[]> {
  return serially(async () => {
    const list = (await readDismissed()).filter((item) => item !== fingerprint);
    list.push(fingerprint);
    const kept = list.slice(-LIMIT);
    await browser.storage.local.set({[DISMISSED_KEY]: kept});
    return kept;
  });
}
