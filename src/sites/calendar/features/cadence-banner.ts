// Feature: read the visible events after each change of the grid, hand new ones to the background, and show the
// cadence it answers with. Sends only when what is visible changed (a re-render of the same week sends nothing).
import browser from 'webextension-polyfill';
import {send} from '../../../shared/send.ts';
import {reportError} from '../../shared/report-error.ts';
import {BANNER_TAG, createBanner} from '../banner.ts';
import {readVisibleEvents} from '../events.ts';
import {coverageDays} from '../../../cadence/index.ts';

const DISMISSED_KEY = 'calendarBannerDismissedOn';
const today = () => new Date().toISOString().slice(0, 10);

export function createCadenceBanner() {
  let lastKey = '';
  let dismissedToday = false;
  const banner = createBanner(() => {
    dismissedToday = true;
    void browser.storage.local.set({[DISMISSED_KEY]: today()});
  });
  void browser.storage.local.get(DISMISSED_KEY).then((stored) => {
    dismissedToday = stored[DISMISSED_KEY] === today();
  });

  return {
    async scan(): Promise<void> {
      const {events, coverage, misses} = readVisibleEvents(document);
      const days = coverageDays(coverage);
      const key = JSON.stringify([events.map((event) => [event.id, event.start, event.end, event.title, event.declined]), days]);
      if (key === lastKey || days.length === 0) return;
      lastKey = key;
      try {
        const {views, guessedPeople, timeFlags} = await send('calendar/seen', {events, days, misses: misses.length});
        const worthShowing = banner.render(views, guessedPeople, timeFlags);
        if (worthShowing && !dismissedToday && !banner.host.isConnected) document.body.append(banner.host);
        if (!worthShowing) banner.host.remove();
      } catch (error) {
        lastKey = ''; // try again on the next change
        reportError('cadence-banner', error);
      }
    },
    remove(): void {
      banner.host.remove();
      for (const stale of document.querySelectorAll(BANNER_TAG)) stale.remove();
    },
  };
}
