// Rapport in a right-to-left browser (Arabic interface; Rapport has no Arabic catalog, so its words are English):
// the popup, the options page and a Gmail compose's panel mirror, and nothing overflows or is cut off.
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {dockedBody, dockedPanel, screenshot, typeAtStart, withRapportBrowser} from './with-browser.ts';

const browser = withRapportBrowser({language: 'ar'});

/** Elements that stick out sideways beyond the viewport (a layout built on left/right breaks this way in RTL). */
const outsideViewport = (page: Page) => page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && (box.left < -1 || box.right > width + 1) && getComputedStyle(element).visibility !== 'hidden';
    })
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${Math.round(element.getBoundingClientRect().left)}..${Math.round(element.getBoundingClientRect().right)}`)
    .slice(0, 10);
});

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('right-to-left interface', () => {
  it('marks the popup right-to-left and mirrors it: first tab on the right, text aligned right, nothing cut off', async () => {
    const page = await browser().openPopup();
    const tabs = page.locator('[role="tab"]');
    await expect.poll(() => tabs.count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([expect.stringMatching(/^ar/), 'rtl']);
    const first = (await tabs.first().boundingBox())!;
    const last = (await tabs.last().boundingBox())!;
    expect(first.x).toBeGreaterThan(last.x);
    for (const tab of await tabs.all()) {
      await tab.click();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await outsideViewport(page)).toEqual([]);
    }
    await screenshot(page, 'popup-rtl');
    await page.close();
  });

  it('lays the options page out right-to-left without overflow', async () => {
    const page = await browser().openOptions();
    await expect.poll(() => page.locator('h2').count()).toBeGreaterThan(2);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await outsideViewport(page)).toEqual([]);
    // Headings start at the right edge of their section.
    const aligned = await page.locator('h2').evaluateAll((headings) => headings.map((heading) => {
      const range = document.createRange();
      range.selectNodeContents(heading);
      const text = range.getBoundingClientRect();
      const box = heading.getBoundingClientRect();
      return Math.abs(box.right - text.right) < 2 && text.left - box.left > 2;
    }));
    expect(aligned.every(Boolean)).toBe(true);
    await screenshot(page, 'options-rtl');
    await page.close();
  });

  it('gives the Gmail compose panel a right-to-left layout inside the window', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    const panel = dockedPanel(page);
    await expect.poll(() => panel.count()).toBe(1);
    await typeAtStart(page, dockedBody(page), 'Per my last email, this is unacceptable. ');
    await expect.poll(() => panel.locator('li').count()).toBeGreaterThanOrEqual(2);
    const layout = await panel.evaluate((host) => {
      const root = host.shadowRoot!;
      const top = root.querySelector('[dir]') as HTMLElement | null;
      const items = [...root.querySelectorAll('li')].map((item) => item.getBoundingClientRect());
      return {dir: top?.dir ?? null, direction: top ? getComputedStyle(top).direction : null, width: innerWidth,
        inside: items.every((box) => box.left >= 0 && box.right <= innerWidth)};
    });
    expect(layout).toMatchObject({dir: 'rtl', direction: 'rtl', inside: true});
    await screenshot(page, 'gmail-compose-rtl');
    await page.close();
  });
});
