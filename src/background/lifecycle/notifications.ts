import browser from 'webextension-polyfill';
import type {StoredNudge} from '../../store/records.ts';
import {words} from '../../shared/stored-text.ts';

const PREFIX = 'rapport-nudge:';

/** Where a click on a notification leads: the popup's page for that nudge, opened as a tab. */
export const nudgePageUrl = (nudgeId: string) => browser.runtime.getURL(`src/popup/index.html#/nudge/${encodeURIComponent(nudgeId)}`);

export async function showNudgeNotification(nudge: StoredNudge): Promise<void> {
  await browser.notifications.create(PREFIX + nudge.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: words(nudge.title),
    message: words(nudge.detail),
    priority: 1,
  });
}

export async function showWeeklyNotification(title: string, message: string): Promise<void> {
  await browser.notifications.create('rapport-weekly', {
    type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message,
  });
}

export function listenForNotificationClicks(): void {
  browser.notifications.onClicked.addListener((notificationId) => {
    const url = notificationId.startsWith(PREFIX)
      ? nudgePageUrl(notificationId.slice(PREFIX.length))
      : browser.runtime.getURL('src/popup/index.html#/week');
    void browser.tabs.create({url});
    void browser.notifications.clear(notificationId);
  });
}
