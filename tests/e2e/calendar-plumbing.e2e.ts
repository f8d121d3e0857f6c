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

  it('shows, beside an opened event, what is open with its guests, and goes when the details close', async () => {
    // The options page opens the database first (at the newest version), then the records a read thread would leave.
    await (await browser().openOptions()).close();
    const base = {name: 'Priya Natarajan', at: Date.parse('2026-11-20T15:00:00Z'), threadId: '18d0000000000007', messageId: 'm7', status: 'open'};
    await browser().writeRows('owedItems', [
      {...base, id: 'ask:m7:1', direction: 'asked-of-me', email: 'priya@northwind.example', sentence: 'Could you send me the offsite budget?', dueAt: null},
      {...base, id: 'promise:m7:2', direction: 'promised-to-me', email: 'priya@northwind.example', sentence: 'I will share the hiring plan on Monday.', dueAt: Date.parse('2026-11-23T15:00:00Z')},
      {...base, id: 'ask:m8:3', direction: 'asked-of-me', email: 'someone@else.example', sentence: 'Not a guest of this meeting.', dueAt: null, status: 'open'},
    ]);
    const page = await browser().openFixture('calendar', 'week-en-details.html');
    const card = page.locator('rapport-meeting-prep');
    await expect.poll(() => card.count()).toBe(1);
    const text = await card.locator('section.card').textContent();
    expect(text).toContain('Priya Natarajan');
    expect(text).toContain('They asked youCould you send me the offsite budget?');
    expect(text).toContain('They promised youI will share the hiring plan on Monday.');
    expect(text).not.toContain('Not a guest');
    // Closing the details takes the card away.
    await page.evaluate(() => document.querySelector('div[role="dialog"][data-chips-dialog]')?.remove());
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });
});
