// The calendar coach in real Chromium: the options page says who is who and imports a year from an .ics file; the
// routed Google Calendar week view then shows the meeting rhythm's gaps in a banner, whose Schedule button opens
// Calendar's own editor prefilled. Gaps become nudges once per target and period.
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {FIXTURES} from '../browser/paths.ts';
import {screenshot, withRapportBrowser} from './with-browser.ts';

type Nudge = {id: string; kind: string; status: string};
const browser = withRapportBrowser();

const bannerRows = (page: Page) => page.locator('rapport-calendar-banner li');
const rowTexts = (page: Page) => bannerRows(page).evaluateAll((rows) => rows.map((row) => `${(row as HTMLElement).dataset.status}: ${row.textContent}`));

describe('calendar cadence', () => {
  it('claims no gap it has not seen: one week viewed gives "can’t tell yet", with the days to open', async () => {
    const options = await browser().openOptions();
    await options.getByTestId('people-executives').fill('Dana Whitfield <dana@northwind.example>');
    await options.getByTestId('people-directReports').fill('Priya Natarajan <priya@northwind.example>\nMarco Rossi <marco@northwind.example>');
    await options.getByRole('button', {name: 'Save who is who'}).click();
    await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Saved');

    const page = await browser().openFixture('calendar', 'week-en.html');
    await expect.poll(() => bannerRows(page).count()).toBeGreaterThan(0);
    const rows = await rowTexts(page);
    expect(rows.every((row) => row.startsWith('unknown: '))).toBe(true);
    expect(rows.join('\n')).toMatch(/hasn't seen \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/);
    expect(await page.locator('rapport-calendar-banner button', {hasText: 'Schedule'}).count()).toBe(0);
    await page.close();
    await options.close();
  });

  it('after a year is imported, shows the real gaps and schedules one in Calendar’s own editor', async () => {
    const options = await browser().openOptions();
    await options.getByTestId('import-ics').setInputFiles(join(FIXTURES, 'calendar', 'ics', 'ea-year.ics'));
    await expect.poll(() => options.getByTestId('data-status').textContent()).toMatch(/Imported \d+ events covering \d+ days/);
    await options.close();

    const page = await browser().openFixture('calendar', 'week-en.html');
    // Overdue while the last one is within the look-back window; "not scheduled" once it has fallen out of it.
    await expect.poll(async () => (await rowTexts(page)).join('\n')).toMatch(/(overdue|not-scheduled): Monthly goals and objectives/);
    const rows = (await rowTexts(page)).join('\n');
    expect(rows).toMatch(/(overdue|not-scheduled): 1:1 with Marco Rossi/);
    expect(rows).not.toContain('Daily catch-up');
    await screenshot(page, 'calendar-banner');

    const nudges = async () => (await browser().readTable<Nudge>('nudges')).filter((nudge) => nudge.kind === 'cadence-gap');
    const before = (await nudges()).length;
    expect(before).toBeGreaterThanOrEqual(2);

    await page.locator('rapport-calendar-banner li[data-target-id="monthly"] button').click();
    await expect.poll(() => page.url()).toContain('/calendar/render?');
    const url = new URL(page.url());
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe('Monthly goals and objectives');
    expect(url.searchParams.get('add')).toBe('dana@northwind.example');
    const [start, end] = url.searchParams.get('dates')!.split('/');
    expect(start).toMatch(/^\d{8}T\d{6}Z$/);
    expect(end! > start!).toBe(true);

    // The popup's week counts the meetings with the executive among the events seen.
    const popup = await browser().context.newPage();
    await popup.goto(browser().extensionUrl('src/popup/index.html#/week'));
    await expect.poll(() => popup.getByTestId('executive-meetings').textContent()).toMatch(/Meetings with Dana Whitfield this week: [1-9]\d*\./);
    await popup.close();

    // Viewing the calendar again states the same gaps: no new nudges.
    const again = await browser().openFixture('calendar', 'week-en.html');
    await expect.poll(() => bannerRows(again).count()).toBeGreaterThan(0);
    expect((await nudges()).length).toBe(before);
    await again.close();
    await page.close();
  });

  it('follows the rhythm the user edits: a target switched off in options leaves the banner', async () => {
    const options = await browser().openOptions();
    const monthly = options.locator('fieldset[data-target-id="monthly"]');
    await monthly.locator('legend input[type="checkbox"]').uncheck();
    await options.locator('#cadence-title ~ form button[type="submit"]').click();
    await expect.poll(() => options.locator('#cadence-title ~ form [role="status"]').textContent()).toContain('Saved');
    await options.close();
    const page = await browser().openFixture('calendar', 'week-en.html');
    await expect.poll(async () => (await rowTexts(page)).join('\n')).toContain('1:1 with Marco Rossi');
    expect((await rowTexts(page)).join('\n')).not.toContain('Monthly goals');
    await page.close();
  });
});
