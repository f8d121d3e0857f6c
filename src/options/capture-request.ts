// Finding the tab to capture and asking it. The options page has no "tabs" permission and so cannot read tabs'
// addresses: it asks the tabs in order of last use, and the first that answers is the most recently used Gmail or
// Calendar tab (only Rapport's own content scripts there listen for the request). Nothing goes through the
// background and nothing is stored.
import browser from 'webextension-polyfill';
import {CAPTURE_REQUEST, isCaptureReply, type CaptureReply} from '../shared/capture-messages.ts';

export type CaptureOutcome = CaptureReply | {ok: false; site: null; reason: 'no-tab'};

type TabsApi = Pick<typeof browser.tabs, 'getCurrent' | 'query' | 'sendMessage'>;

export async function captureRecentTab(tabs: TabsApi = browser.tabs): Promise<CaptureOutcome> {
  const own = await tabs.getCurrent().catch(() => undefined);
  const candidates = (await tabs.query({}))
    .filter((tab) => tab.id !== undefined && tab.id !== own?.id && !tab.discarded)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of candidates) {
    // A tab without Rapport's content script (any other site, a tab opened before Rapport was installed) rejects.
    const reply: unknown = await tabs.sendMessage(tab.id!, CAPTURE_REQUEST, {frameId: 0}).catch(() => undefined);
    if (isCaptureReply(reply)) return reply;
  }
  return {ok: false, site: null, reason: 'no-tab'};
}

/** "rapport-gmail-compose-popup-2026-11-23-101500.html": which site and view, and when (UTC), nothing else. */
export function captureFileName(site: string, view: string, capturedAt: number): string {
  const stamp = new Date(capturedAt).toISOString().slice(0, 19).replace('T', '-').replace(/:/g, '');
  return `rapport-${site}-${view}-${stamp}.html`;
}
