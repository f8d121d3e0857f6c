import browser from 'webextension-polyfill';
import {TOGGLE_HINTS_COMMAND, type TabMessage} from '../shared/tab-messages.ts';
import {printError} from '../shared/log.ts';

/** The keyboard shortcut (manifest "commands"): tell the active tab's Gmail content script to hide or show hints. */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_HINTS_COMMAND || tab?.id === undefined) return;
    const message: TabMessage = {rapport: 1, tab: 'toggleHints'};
    browser.tabs.sendMessage(tab.id, message).catch((error: unknown) => printError('toggle-hints', error));
  });
}
