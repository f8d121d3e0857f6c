import browser from 'webextension-polyfill';

// "Not now" on a hint: remembered by the hint's fingerprint (rule + words + sentence), in the extension's local
// storage, so the same hint stays quiet in this draft and after a reload. Capped: the newest are kept.

const KEY = 'dismissedFingerprints';
const LIMIT = 2_000;

export async function loadDismissed(): Promise<string[]> {
  const stored = await browser.storage.local.get(KEY);
  const list = stored[KEY];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

export async function addDismissed(fingerprint: string): Promise<string[]> {
  const list = (await loadDismissed()).filter((item) => item !== fingerprint);
  list.push(fingerprint);
  const kept = list.slice(-LIMIT);
  await browser.storage.local.set({[KEY]: kept});
  return kept;
}
