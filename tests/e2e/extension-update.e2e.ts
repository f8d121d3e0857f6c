// An extension update or reload with Gmail and Calendar open, in real Chromium: the old content scripts stop (their UI
// goes with them), the background puts the new ones into the open tabs, and the page ends with one panel per compose
// and hints that still come, without the user reloading anything.
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {dockedBody, dockedPanel, typeAtStart, withRapportBrowser} from './with-browser.ts';

const browser = withRapportBrowser({reloadable: true});

/** chrome.runtime.reload() from an extension page: what an update does, as far as open tabs can tell. */
async function reloadExtension(): Promise<void> {
  const page = await browser().openOptions();
  // The page closes with the extension it belongs to: the call never answers.
  await page.evaluate(() => {
    const {chrome} = globalThis as unknown as {chrome: {runtime: {reload(): void}}};
    setTimeout(() => chrome.runtime.reload(), 0);
  });
  await page.waitForEvent('close', {timeout: 15_000}).catch(() => undefined);
}

const markOld = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((hosts) => hosts.forEach((host) => host.setAttribute('data-before-update', '')));

describe('extension update with the sites open', () => {
  it('hands Gmail to the new scripts: old panels gone, one new panel per compose, hints still working', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    const panels = page.locator('rapport-compose-panel');
    await expect.poll(() => panels.count()).toBe(2);
    await markOld(page, 'rapport-compose-panel');

    await reloadExtension();
    await expect.poll(() => page.locator('rapport-compose-panel[data-before-update]').count(), {timeout: 20_000}).toBe(0);
    await expect.poll(() => panels.count(), {timeout: 20_000}).toBe(2);
    // A while later still exactly one panel per compose: the old script is not fighting to put its own back.
    await page.waitForTimeout(800);
    expect(await panels.count()).toBe(2);

    await typeAtStart(page, dockedBody(page), 'Sorry to bother you, I think maybe we should check the deck. ');
    await expect.poll(() => dockedPanel(page).locator('li[data-rule-id="no-over-apology"]').count()).toBe(1);
    await page.close();
  });

  it('hands Calendar to the new scripts: one banner, from the new script', async () => {
    // The banner speaks of the rhythm with an executive: say who that is first.
    const options = await browser().openOptions();
    await options.getByTestId('people-executives').fill('Dana Whitfield <dana@northwind.example>');
    await options.getByRole('button', {name: 'Save who is who'}).click();
    await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Saved');
    await options.close();
    const page = await browser().openFixture('calendar', 'week-en.html');
    const banners = page.locator('rapport-calendar-banner');
    await expect.poll(() => banners.count(), {timeout: 20_000}).toBe(1);
    await markOld(page, 'rapport-calendar-banner');

    await reloadExtension();
    await expect.poll(() => page.locator('rapport-calendar-banner[data-before-update]').count(), {timeout: 20_000}).toBe(0);
    await expect.poll(() => banners.count(), {timeout: 20_000}).toBe(1);
    await page.close();
  });
});
