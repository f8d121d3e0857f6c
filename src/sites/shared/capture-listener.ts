// Answers the options page's "capture what you show" (Diagnostics) with a redacted copy of the page. Read-only: it
// clones and redacts, never changes the page. Any error is reported and answered as a failure, never thrown into
// the page. Only the options page may ask: the capture is for the user, on the user's click there.
import browser, {type Runtime} from 'webextension-polyfill';
import {isCaptureRequest, type CaptureReply} from '../../shared/capture-messages.ts';
import type {SiteName} from '../../shared/messages.ts';
import {reportError} from './report-error.ts';
import {redactedPage, type CaptureSpec} from './redact/page.ts';

const OPTIONS_PAGE = 'src/options/';

function fromOptionsPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(OPTIONS_PAGE));
}

/** The capture of what the page shows now, as the reply the options page receives. */
export function captureReply(site: SiteName, find: () => CaptureSpec | null, now: Date = new Date()): CaptureReply {
  try {
    const spec = find();
    if (!spec) return {ok: false, site, reason: 'nothing'};
    const html = redactedPage(spec, {capturedAt: now, version: browser.runtime.getManifest().version});
    return {ok: true, site, view: spec.view, html, capturedAt: now.getTime()};
  } catch (error) {
    reportError(`${site}-capture`, error);
    return {ok: false, site, reason: 'failed'};
  }
}

export function listenForCapture(site: SiteName, find: () => CaptureSpec | null, signal: AbortSignal): void {
  const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isCaptureRequest(message) || !fromOptionsPage(sender)) return undefined; // not ours to answer
    return Promise.resolve(captureReply(site, find));
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), {once: true});
}
