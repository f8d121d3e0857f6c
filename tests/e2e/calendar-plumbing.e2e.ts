// The Calendar content script in a real Chromium at https://calendar.google.com: it starts, finds the week's chips in
// English and Japanese, and reports them to the background.
import {describe, expect, it} from 'vitest';
import {withRapportBrowser} from './with-browser.ts';

type HealthRow = {site: string; part: string; count: number; uiLanguage: string};
const browser = withRapportBrowser();

describe('Google Calendar content script', () => {
  for (const [fixture, language, chips] of [['week-en.html', 'en', 15], ['week-ja.html', 'ja', 13]] as const) {
    it(`reads the ${language} week view`, async () => {
      const page = await browser().openFixture('calendar', fixture);
      await page.waitForFunction(() => performance.getEntriesByName('rapport:calendar:ready').length === 1);
      await expect.poll(async () => (await browser().readTable<HealthRow>('siteHealth'))
        .find((row) => row.site === 'calendar' && row.part === 'eventChip' && row.uiLanguage === language)?.count).toBe(chips);
      await page.close();
    });
  }

  it('reads the month and schedule views and records the days they show', async () => {
    const month = await browser().openFixture('calendar', 'month-en.html', {url: 'https://calendar.google.com/calendar/u/0/r/month/2026/11/23'});
    await expect.poll(async () => (await browser().readTable<{day: string}>('coverage')).filter((row) => row.day.startsWith('2026-11')).length)
      .toBeGreaterThanOrEqual(25);
    await month.close();
    const agenda = await browser().openFixture('calendar', 'agenda-en.html', {url: 'https://calendar.google.com/calendar/u/0/r/agenda'});
    await expect.poll(async () => (await browser().readTable<{title: string; start: string}>('events')).some((event) => event.start.startsWith('2026-11-30T22:00')))
      .toBe(true);
    await agenda.close();
  });

  it('adds the guests of an opened event to the stored meeting', async () => {
    const page = await browser().openFixture('calendar', 'week-en-details.html');
    type Stored = {id: string; attendees?: Array<{email: string}>};
    await expect.poll(async () => (await browser().readTable<Stored>('events'))
      .find((event) => event.id === 'weeklysync3m8n_20261123T200000Z')?.attendees?.map((guest) => guest.email))
      .toEqual(['jordan@northwind.example', 'dana@northwind.example', 'priya@northwind.example']);
    await page.close();
  });
});
