// After an install, update or reload, put the content scripts into the Gmail and Calendar tabs already open: Chrome
// only injects them into pages loaded afterwards, so without this a user who updates Rapport with Gmail open gets no
// coaching until they reload the tab. The scripts find and stop their own older copies (sites/shared/takeover.ts).
import browser from 'webextension-polyfill';
import {printError} from '../shared/log.ts';

type ContentScript = {matches?: string[]; js?: string[]};

export async function injectIntoOpenTabs(): Promise<number> {
  const scripts = (browser.runtime.getManifest().content_scripts ?? []) as ContentScript[];
  let injected = 0;
  for (const script of scripts) {
    if (!script.matches?.length || !script.js?.length) continue;
    const tabs = await browser.tabs.query({url: script.matches});
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue; // a discarded tab loads the scripts when it wakes
      try {
        await browser.scripting.executeScript({target: {tabId: tab.id}, files: script.js});
        injected++;
      } catch (error) {
        // A tab still loading, or showing an error page: it gets the scripts from the manifest when it loads.
        printError(`reinject tab ${tab.id}`, error);
      }
    }
  }
  return injected;
}
