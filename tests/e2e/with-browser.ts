// One Chromium per test file, shared by its tests; closed after, with the no-network promise checked last.
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import type {Locator, Page} from 'playwright-core';
import {afterAll, beforeAll, expect} from 'vitest';
import {ARTIFACTS, TEST_DIST} from '../browser/paths.ts';
import {RapportBrowser, type LaunchOptions} from '../browser/rapport-browser.ts';

/** The test build by default (test-only messages, shadow roots open to locators); pass extensionDir for another. */
export function withRapportBrowser(options: LaunchOptions = {}): () => RapportBrowser {
  let browser: RapportBrowser | undefined;
  beforeAll(async () => {
    browser = await RapportBrowser.launch({extensionDir: TEST_DIST, ...options});
  });
  afterAll(async () => {
    if (!browser) return;
    const attempts = browser.networkAttempts();
    await browser.close();
    expect(attempts, 'network requests made during this file').toEqual([]);
  });
  return () => {
    if (!browser) throw new Error('browser not launched');
    return browser;
  };
}

/** Screenshots for people to look at (README, reviews); git-ignored. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = join(ARTIFACTS, 'screenshots');
  mkdirSync(folder, {recursive: true});
  await page.screenshot({path: join(folder, `${name}.png`)});
}

/** Send a Rapport message from an extension page, as the popup or options page would. */
export async function sendFromExtensionPage<T>(page: Page, name: string, request: unknown): Promise<T> {
  const reply = await page.evaluate(([messageName, body]) => {
    type Runtime = {runtime: {sendMessage(message: unknown): Promise<{ok: boolean; response?: unknown} | undefined>}};
    const {chrome} = globalThis as unknown as {chrome: Runtime};
    return chrome.runtime.sendMessage({rapport: 1, name: messageName, request: body});
  }, [name, request] as const);
  if (!reply?.ok) throw new Error(`${name} failed: ${JSON.stringify(reply)}`);
  return reply.response as T;
}

/** The toolbar badge text, read from an extension page. */
export async function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const {chrome} = globalThis as unknown as {chrome: {action: {getBadgeText(details: object): Promise<string>}}};
    return chrome.action.getBadgeText({});
  });
}

/** Settings as the options page will write them: each section under its own sync-storage key. */
export async function writeSettings(page: Page, sections: Record<string, unknown>): Promise<void> {
  await page.evaluate((items) => {
    const {chrome} = globalThis as unknown as {chrome: {storage: {sync: {set(items: object): Promise<void>}}}};
    return chrome.storage.sync.set(Object.fromEntries(Object.entries(items).map(([key, value]) => [`settings.${key}`, value])));
  }, sections);
}

/** The docked new-message compose of the Gmail fixtures: its editable body and Rapport's panel. */
export const dockedBody = (page: Page) => page.locator('.dw div[g_editable="true"]');
export const dockedPanel = (page: Page) => page.locator('.dw rapport-compose-panel');

/** Type at the start of a compose body, as a user would, above the quoted text and signature. */
export async function typeAtStart(page: Page, body: Locator, text: string): Promise<void> {
  await body.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text);
}

/**
 * What the clipboard holds, pasted as a person would into a field added for the purpose: Chromium grants no
 * clipboard permission to an extension's (opaque) origin through the protocol, so readText is not an option.
 */
export async function pasteClipboard(page: Page): Promise<string> {
  await page.evaluate(() => {
    const field = document.body.appendChild(document.createElement('textarea'));
    field.id = 'paste-target';
    field.focus();
  });
  await page.keyboard.press('ControlOrMeta+V');
  const text = await page.locator('#paste-target').inputValue();
  await page.evaluate(() => document.getElementById('paste-target')?.remove());
  return text;
}

/**
 * Put records straight into a table of the 'rapport' database from an extension page: for rows only the background
 * writes on its own schedule (a past week's summary). Pages opened after it see them; a Dexie live query already
 * running does not (it hears only Dexie's own writes).
 */
export async function putRecords(page: Page, table: string, records: unknown[]): Promise<void> {
  await page.evaluate(([name, rows]) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('rapport');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction(name, 'readwrite');
      for (const row of rows) transaction.objectStore(name).put(row);
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  }), [table, records] as const);
}

/** The Monday `weeksBack` weeks before this week's, as a day key, in the test browser's zone (America/Chicago). */
export function mondayKey(weeksBack: number, now = Date.now()): string {
  const today = new Date(now).toLocaleDateString('en-CA', {timeZone: 'America/Chicago'});
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    .indexOf(new Intl.DateTimeFormat('en-US', {timeZone: 'America/Chicago', weekday: 'short'}).format(now)) + 1;
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - (weekday - 1) - 7 * weeksBack, 12)).toISOString().slice(0, 10);
}

/** A day key as the popup labels it in English ("Mon, Nov 16"). */
export const englishDayLabel = (day: string) =>
  new Intl.DateTimeFormat('en-US', {weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC'}).format(Date.parse(`${day}T12:00:00Z`));
