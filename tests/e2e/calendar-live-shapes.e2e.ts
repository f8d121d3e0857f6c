// What the live Calendar does that the first fixtures did not, in a real Chromium with the built extension: the
// chip selectors (with :has() and nested :not()) find one chip per event in newer builds, Tasks are not stored as
// meetings, and no day is claimed from the year view or from a week whose all-day row is collapsed.
// A fresh browser: the days checked here must not have been seen by another test first.
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {withRapportBrowser} from './with-browser.ts';

type HealthRow = {site: string; part: string; count: number; strategy: number | null; uiLanguage: string};
type StoredEvent = {id: string; title: string; start: string};
const browser = withRapportBrowser();

/** Waits until the page's health report says `part` was counted `count` times: the page has been read by then (the
 * report follows the read it was scheduled with). */
async function readWith(page: Page, part: string, count: number, uiLanguage = 'en') {
  await page.waitForFunction(() => performance.getEntriesByName('rapport:calendar:ready').length === 1);
  await expect.poll(async () => (await browser().readTable<HealthRow>('siteHealth'))
    .find((row) => row.site === 'calendar' && row.part === part && row.uiLanguage === uiLanguage)?.count).toBe(count);
}
const days = async () => (await browser().readTable<{day: string}>('coverage')).map((row) => row.day).sort();

describe('Google Calendar as newer builds render it', () => {
  it('claims no day from the year view, nor from a week whose all-day row is collapsed', async () => {
    const year = await browser().openFixture('calendar', 'year-en.html', {url: 'https://calendar.google.com/calendar/u/0/r/year'});
    await readWith(year, 'timeZone', 1);
    await year.close();
    const collapsed = await browser().openFixture('calendar', 'week-en-collapsed.html');
    await readWith(collapsed, 'collapsedRow', 1);
    await collapsed.close();
    expect(await days()).toEqual([]);
    expect(await browser().readTable('events')).toEqual([]);
  });

  it('reads one event per chip, no Task, and the whole week its headings account for', async () => {
    const page = await browser().openFixture('calendar', 'week-en-2026.html');
    await readWith(page, 'eventChip', 9);
    await expect.poll(days).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    const events = await browser().readTable<StoredEvent>('events');
    expect(events.map((event) => event.title).sort()).toEqual(['Dana travels to London', 'Dinner with the London team', 'Leadership summit, London', 'Monthly goals & objectives', 'Red-eye to London', 'Weekly sync']);
    expect(events.find((event) => event.title === 'Leadership summit, London')?.start).toBe('2026-12-02');
    await page.close();
  });

  it('finds the same chips in the Japanese page, by the preferred strategy', async () => {
    const page = await browser().openFixture('calendar', 'week-ja-2026.html');
    await readWith(page, 'eventChip', 9, 'ja');
    const row = (await browser().readTable<HealthRow>('siteHealth')).find((health) => health.part === 'eventChip' && health.uiLanguage === 'ja');
    expect(row?.strategy).toBe(0);
    await page.close();
  });
});
