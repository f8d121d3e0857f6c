// The Gmail content script in a real Chromium, on fixtures served at https://mail.google.com: it finds every compose
// surface (already open, opened later, closed), frames each once, reads recipients in both chip UIs, and never
// touches the editable body.
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {screenshot, withRapportBrowser} from './with-browser.ts';

const browser = withRapportBrowser();
const panels = (page: Page) => page.locator('rapport-compose-panel');

async function panelSummaries(page: Page) {
  return page.locator('rapport-compose-panel').evaluateAll((hosts) => hosts.map((host) => ({
    kind: (host as HTMLElement).dataset.composeKind,
    recipientUi: (host as HTMLElement).dataset.recipientUi,
    status: host.shadowRoot?.querySelector('.status')?.textContent ?? '',
    insideEditor: host.closest('[contenteditable]') !== null,
  })));
}

describe('Gmail compose surfaces', () => {
  it('frames the inline reply (classic chips) and the docked new message (current chips) already open at load', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    await expect.poll(() => panels(page).count()).toBe(2);
    const summaries = await panelSummaries(page);
    expect(summaries).toEqual(expect.arrayContaining([
      {kind: 'inline', recipientUi: 'classic', status: expect.stringMatching(/^Reply to Sam Lee\./), insideEditor: false},
      {kind: 'popup', recipientUi: 'peoplekit', status: expect.stringMatching(/^Message to Dana Whitfield and 2 others\./), insideEditor: false},
    ]));
    await screenshot(page, 'gmail-thread-and-compose');
    await page.close();
  });

  it('works the same in a Spanish Gmail, where every label differs', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-es.html');
    await expect.poll(() => panels(page).count()).toBe(1);
    expect(await panelSummaries(page)).toEqual([
      {kind: 'inline', recipientUi: 'peoplekit', status: expect.stringMatching(/^Reply to Marco Rossi and Dana Whitfield\./), insideEditor: false},
    ]);
    await page.close();
  });

  it('frames a full-screen compose with the 2026 title-bar variant', async () => {
    const page = await browser().openFixture('gmail', 'compose-fullscreen.html');
    await expect.poll(() => panels(page).count()).toBe(1);
    const [summary] = await panelSummaries(page);
    expect(summary).toMatchObject({kind: 'fullscreen', recipientUi: 'classic'});
    expect(summary!.status).toContain('Kim Park and 2 others');
    await page.close();
  });

  it('adds no UI to an inbox without composes', async () => {
    const page = await browser().openFixture('gmail', 'inbox.html');
    await page.waitForFunction(() => performance.getEntriesByName('rapport:gmail:ready').length === 1);
    expect(await panels(page).count()).toBe(0);
    await page.close();
  });

  it('follows composes opened and closed later, as in the single-page app, without doubling the UI', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    await expect.poll(() => panels(page).count()).toBe(2);
    // Close the docked compose, then open a copy of it (Gmail re-renders rather than re-using nodes).
    const html = await page.locator('.dw .AD').evaluate((mole) => mole.outerHTML);
    await page.locator('.dw .AD').evaluate((mole) => mole.remove());
    await expect.poll(() => panels(page).count()).toBe(1);
    await page.locator('.dw .no').evaluate((strip, markup) => strip.insertAdjacentHTML('beforeend', markup), html);
    await expect.poll(() => panels(page).count()).toBe(2);
    // Gmail re-rendering a compose may drop foreign nodes: the panel comes back, once.
    await page.locator('.dw rapport-compose-panel').evaluate((host) => host.remove());
    await expect.poll(() => page.locator('.dw rapport-compose-panel').count()).toBe(1);
    // Navigating inside Gmail (hash change) must not add a second panel to the same compose.
    await page.evaluate(() => { location.hash = '#sent'; });
    await page.waitForTimeout(400);
    expect(await panels(page).count()).toBe(2);
    await page.close();
  });

  it('never changes the editable body, and the body still takes typing', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    await expect.poll(() => panels(page).count()).toBe(2);
    const body = page.locator('.dw div[g_editable="true"]');
    const before = await body.innerHTML();
    await body.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi Dana, the deck is ready.');
    await page.waitForTimeout(300);
    expect(await body.innerHTML()).toBe(`Hi Dana, the deck is ready.${before}`);
    expect(await page.locator('[contenteditable] rapport-compose-panel').count()).toBe(0);
    await page.close();
  });
});
