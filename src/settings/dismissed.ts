// Where dismissed hints are kept (storage.local, the extension's own), and how they are read by anyone: the compose
// coach reads them, only the background writes them (background/writes/dismissals.ts).
import browser from 'webextension-polyfill';

export const DISMISSED_KEY = 'dismissedFingerprints';

export async function readDismissed(): Promise<string[]> {
  const stored = await browser.storage.local.get(DISMISSED_KEY);
  const list = stored[DISMISSED_KEY];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}
