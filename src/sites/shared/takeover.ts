// One Rapport per page. When the extension is updated or reloaded with Gmail or Calendar open, Chrome leaves the old
// content script running in the page, cut off from the extension (its messages throw "Extension context
// invalidated"), and the background injects the new one beside it. The new one announces itself with a DOM event
// (the document is shared between the two isolated worlds); the old one hears it and stops: observers, listeners and
// its UI go, so there is one panel per compose and it belongs to the script that can still reach the background.
// A script that finds its extension gone without being replaced stops too, leaving the page as it found it.
import browser from 'webextension-polyfill';

const TAKEOVER_EVENT = 'rapport:takeover';
/** Rapport's own elements in the page: all named rapport-… (panels, toasts, banners, cards). */
const OWN_UI = /^rapport-/i;

/** Whether this script can still reach its extension. */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function removeOwnUi(): void {
  for (const element of document.querySelectorAll('*')) {
    if (OWN_UI.test(element.localName)) element.remove();
  }
}

/**
 * Claim the page for this script: older instances stop now, and this one stops (and removes its UI) when a newer one
 * claims the page or when `stillAlive` finds the extension gone. Returns the check to run on every page scan.
 */
export function claimPage(site: string, lifetime: AbortController): () => boolean {
  const me = `${site}:${Date.now()}:${Math.random().toString(36).slice(2)}`;
  const stop = () => {
    if (lifetime.signal.aborted) return;
    lifetime.abort();
    removeOwnUi();
  };
  // Announce first, then listen: this script never hears its own claim.
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT, {detail: me}));
  document.addEventListener(TAKEOVER_EVENT, (event) => {
    if ((event as CustomEvent<unknown>).detail !== me) stop();
  }, {signal: lifetime.signal});
  return () => {
    if (extensionAlive()) return true;
    stop();
    return false;
  };
}
