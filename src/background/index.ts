// The service worker. Wiring only: every behaviour lives in a handler or module of its own. All listeners are
// registered in this first turn: a worker started by an alarm, a message or a click only hears those.
import browser from 'webextension-polyfill';
import {listenForMessages} from './router.ts';
import {listenForAlarms, runLifecycle} from './lifecycle/run.ts';
import {listenForNotificationClicks} from './lifecycle/notifications.ts';
import {listenForSettings} from './settings.ts';
import {listenForAnalysisPorts} from './analysis/port.ts';
import {listenForCommands} from './commands.ts';
import {injectIntoOpenTabs} from './reinject.ts';
import {printError} from '../shared/log.ts';

listenForMessages();
listenForAnalysisPorts();
listenForCommands();
listenForAlarms();
listenForNotificationClicks();
// Settings (working days, time zone) and a new version may change when nudges surface: derive them all again.
listenForSettings(() => void runLifecycle('settings changed', {reconcileAll: true}));
browser.runtime.onInstalled.addListener(() => {
  void runLifecycle('installed', {reconcileAll: true});
  // Gmail and Calendar tabs open during an install or update get the new content scripts now, not at their reload.
  injectIntoOpenTabs().catch((error: unknown) => printError('reinject', error));
  // Schema 7's contact book replaced the contact summary earlier builds kept in storage.local: nothing reads it now.
  browser.storage.local.remove('radarContactSummary').catch((error: unknown) => printError('old contact summary', error));
});

// The worker starts after the browser was closed, or after being stopped while idle: catch up on whatever came due
// meanwhile (notifications, badge, next alarm). Cheap: a few indexed reads.
void runLifecycle('worker start');
