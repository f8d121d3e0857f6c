// The options page in real Chromium: settings saved there reach an open Gmail tab at once (no reload), and the
// working-week settings land in sync storage.
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {screenshot, withRapportBrowser} from './with-browser.ts';

const browser = withRapportBrowser();

async function syncItem(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (name) => {
    const {chrome} = globalThis as unknown as {chrome: {storage: {sync: {get(key: string): Promise<Record<string, unknown>>}}}};
    return (await chrome.storage.sync.get(name))[name];
  }, key);
}

describe('options', () => {
  it('turning a hint off applies to an open Gmail compose without a reload, and back on again', async () => {
    const gmail = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    const panel = gmail.locator('.dw rapport-compose-panel');
    await expect.poll(() => panel.count()).toBe(1);
    const body = gmail.locator('.dw div[g_editable="true"]');
    await body.focus();
    await gmail.keyboard.press('Control+Home');
    await gmail.keyboard.type('Per my last email, the deck is attached. ');
    const hint = panel.locator('li[data-rule-id="no-passive-aggressive"]');
    await expect.poll(() => hint.count()).toBe(1);

    const options = await browser().openOptions();
    const toggle = options.getByTestId('rule-no-passive-aggressive');
    await toggle.click();
    await expect.poll(() => hint.count()).toBe(0);
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await toggle.click();
    await expect.poll(() => hint.count()).toBe(1);
    await screenshot(options, 'options');
    await options.close();
    await gmail.close();
  });

  it('saves the working week to sync storage', async () => {
    const options = await browser().openOptions();
    await options.getByTestId('budget').fill('3');
    await options.getByTestId('time-zone').selectOption('Europe/Berlin');
    await options.locator('#schedule-title ~ form button[type="submit"]').click();
    await expect.poll(() => syncItem(options, 'settings.dailyNotificationBudget')).toBe(3);
    expect(await syncItem(options, 'settings.timeZone')).toBe('Europe/Berlin');
    await options.close();
  });
});
