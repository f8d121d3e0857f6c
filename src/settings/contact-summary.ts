// Where the radar's contact summary is kept (storage.local, the extension's own): written by the background after
// each radar run (background/radar/refresh.ts), read by the popup so the People view opens without reading a year of
// mail. Derived data: a summary of nothing is no summary, so the radar run after delete-all (which reads the emptied
// store) removes the key rather than leave an empty one behind.
import browser from 'webextension-polyfill';
import type {ContactSummary} from '../radar/summary.ts';

export const CONTACT_SUMMARY_KEY = 'radarContactSummary';

export async function readContactSummary(): Promise<ContactSummary | null> {
  const stored = (await browser.storage.local.get(CONTACT_SUMMARY_KEY))[CONTACT_SUMMARY_KEY] as Partial<ContactSummary> | undefined;
  // Anything else (an older shape, a damaged value) is no summary: the page reads the store itself.
  const ok = stored && typeof stored.computedAt === 'number' && Array.isArray(stored.latest) && Array.isArray(stored.tallies) && Array.isArray(stored.names);
  return ok ? stored as ContactSummary : null;
}

export async function writeContactSummary(summary: ContactSummary): Promise<void> {
  if (summary.latest.length === 0 && summary.tallies.length === 0 && summary.names.length === 0) {
    await browser.storage.local.remove(CONTACT_SUMMARY_KEY);
    return;
  }
  await browser.storage.local.set({[CONTACT_SUMMARY_KEY]: summary});
}
