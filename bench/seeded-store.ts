// The store bench page (bench/pages/store.html) in real Chromium, opened and seeded with a year of heavy use: the
// start of every benchmark that reads the store as the extension does.
import type {Page} from 'playwright-core';
import {buildIfStale} from '../tests/browser/build.ts';
import {RapportBrowser} from '../tests/browser/rapport-browser.ts';

declare const rapportBench: {seedYear(now: number): Promise<Record<string, number>>};

export async function openSeededStorePage(now: number): Promise<{browser: RapportBrowser; page: Page}> {
  const browser = await RapportBrowser.launch({extensionDir: buildIfStale('bench')});
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('bench/pages/store.html'));
  await page.waitForFunction(() => document.title === 'ready');
  await page.evaluate((at) => rapportBench.seedYear(at), now);
  return {browser, page};
}
