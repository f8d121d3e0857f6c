// Messages from content scripts reach the background, land in its IndexedDB (Dexie), show live in the popup, and
// survive the service worker being stopped and restarted, as Chrome does to idle workers.
import {statSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {screenshot, sendFromExtensionPage, withRapportBrowser, writeSettings} from './with-browser.ts';

type HealthRow = {site: string; part: string; count: number; strategy: number | null; lastFoundAt: number | null};
const browser = withRapportBrowser();

describe('content script → background → store → popup', () => {
  it('stores what the Gmail content script found, and the open popup shows it without a reload', async () => {
    const popup = await browser().openPopup();
    await expect.poll(() => popup.getByTestId('no-sites').isVisible()).toBe(true);

    const gmail = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    await expect.poll(async () => (await browser().readTable<HealthRow>('siteHealth')).length).toBeGreaterThan(0);
    const rows = await browser().readTable<HealthRow>('siteHealth');
    const part = (name: string) => rows.find((row) => row.site === 'gmail' && row.part === name);
    expect(part('composeRoot')).toMatchObject({count: 2, strategy: 0});
    expect(part('recipientChip')).toMatchObject({count: 3});
    expect(part('recipientClassic')).toMatchObject({count: 1});
    expect(part('fullscreenContainer')).toMatchObject({count: 0, lastFoundAt: null});

    // Live: the popup was opened before the data existed and updates through Dexie's liveQuery.
    await expect.poll(() => popup.locator('[data-site="gmail"]').textContent()).toContain('Gmail: 2 compose windows');
    await screenshot(popup, 'popup');
    await gmail.close();
    await popup.close();
  });

  it('loses nothing when the service worker is stopped, and wakes it for the next message', async () => {
    const page = await browser().openPopup();
    const before = await sendFromExtensionPage<{startedAt: number}>(page, 'runtime/ping', {});
    const rowsBefore = await browser().readTable<HealthRow>('siteHealth');
    expect(rowsBefore.length).toBeGreaterThan(0);

    await browser().stopServiceWorker();
    // A content script's message after the stop restarts the worker and is stored.
    const calendar = await browser().openFixture('calendar', 'week-en.html');
    await expect.poll(async () => (await browser().readTable<HealthRow>('siteHealth')).filter((row) => row.site === 'calendar').length)
      .toBeGreaterThan(0);

    const after = await sendFromExtensionPage<{startedAt: number}>(page, 'runtime/ping', {});
    expect(after.startedAt, 'the worker really restarted').toBeGreaterThan(before.startedAt);
    const rowsAfter = await browser().readTable<HealthRow>('siteHealth');
    for (const row of rowsBefore.filter((r) => r.site === 'gmail')) {
      expect(rowsAfter).toContainEqual(row);
    }
    expect(rowsAfter.find((row) => row.site === 'calendar' && row.part === 'eventChip')).toMatchObject({count: 15});
    await calendar.close();
    await page.close();
  });

  it('records a content-script error in the log and shows it on the diagnostics page', async () => {
    const page = await browser().openOptions();
    await sendFromExtensionPage(page, 'log/error', {source: 'e2e-probe', message: 'probe error'});
    await expect.poll(() => page.getByTestId('error-list').textContent()).toContain('probe error');
    await expect.poll(() => page.getByTestId('health-table').textContent()).toContain('composeRoot');
    await screenshot(page, 'options-diagnostics');
    await page.close();
  });
});

/** Runs in an extension page: `count` calendar events of `descriptionChars` each, written straight into the store. */
function seedEvents([count, descriptionChars]: [number, number]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rapport');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction('events', 'readwrite');
      const store = transaction.objectStore('events');
      const filler = 'Agenda item. '.repeat(Math.ceil(descriptionChars / 13)).slice(0, descriptionChars);
      for (let i = 0; i < count; i++) {
        const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        store.put({
          id: `big-${i}`, title: `Planning ${i}`, start: `${day}T09:00:00-06:00`, end: `${day}T10:00:00-06:00`, allDay: false,
          timeZone: 'America/Chicago', recurring: false, cancelled: false, declined: false, description: `${i} ${filler}`, source: 'ics',
        });
      }
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

/** Runs in an extension page: how many records a table holds, and the length of one event's description. */
function countEvents(): Promise<{count: number; sample: number}> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rapport');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const store = db.transaction('events', 'readonly').objectStore('events');
      const counted = store.count();
      const one = store.get('big-7');
      one.onsuccess = () => {
        db.close();
        resolve({count: counted.result, sample: (one.result as {description?: string} | undefined)?.description?.length ?? 0});
      };
      one.onerror = () => reject(one.error);
    };
  });
}

const status = (page: Page) => page.getByTestId('data-status').textContent();

describe('export and import of all data on the options page', () => {
  it('refuses a file with a wrong record and says which table, record and field, writing nothing', async () => {
    const page = await browser().openOptions();
    const before = await browser().readTable('nudges');
    const nudge = {
      id: 'cadence-gap:x', kind: 'cadence-gap', subjectId: 'x', title: {text: 'an object'}, detail: 'd', createdAt: 1_790_000_000_000,
      surfaceAt: 1_790_000_000_000, dueAt: null, status: 'active',
    };
    const file = {format: 'rapport-export', schemaVersion: 3, exportedAt: '2026-11-23T00:00:00.000Z', tables: {nudges: [{...nudge, title: 'fine', id: 'ok'}, nudge]}};
    await page.getByTestId('import-export').setInputFiles({name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file))});
    await expect.poll(() => status(page)).toBe('Nothing was imported: record 2 of “nudges” has a wrong “title” (expected text).');
    expect(await browser().readTable('nudges')).toEqual(before);
    await page.close();
  });

  it('delete everything leaves no Rapport key in storage.local or storage.sync', async () => {
    const page = await browser().openOptions();
    await writeSettings(page, {people: {myAddresses: ['jordan@northwind.example'], executives: [], directReports: [], internalDomains: [], neverAnalyse: []}, dailyNotificationBudget: 3});
    // A dismissed hint, as the background keeps it for Gmail's composes (only Gmail may send hints/dismiss).
    await page.evaluate(async () => {
      const {chrome} = globalThis as unknown as {chrome: {storage: {local: {set(items: object): Promise<void>}}}};
      await chrome.storage.local.set({dismissedFingerprints: ['no-shouting|URGENT|s1']});
    });
    const storage = () => page.evaluate(async () => {
      type Area = {get(keys: null): Promise<Record<string, unknown>>};
      const {chrome} = globalThis as unknown as {chrome: {storage: {local: Area; sync: Area}}};
      return {local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null)};
    });
    const before = await storage();
    expect(Object.keys(before.local)).toContain('dismissedFingerprints');
    expect(Object.keys(before.sync)).toEqual(expect.arrayContaining(['settings.people', 'settings.dailyNotificationBudget']));

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', {name: 'Delete everything'}).click();
    await expect.poll(() => status(page)).toBe('Deleted.');
    expect(await storage()).toEqual({local: {}, sync: {}});
    expect(await browser().readTable('commitments')).toEqual([]);
    await page.close();
  });

  it('round-trips more than 64 MB, past the cap of one runtime message', async () => {
    const page = await browser().openOptions();
    const events = (await page.evaluate(countEvents)).count + 700;
    await page.evaluate(seedEvents, [700, 100_000] as [number, number]);
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', {timeout: 120_000}), page.getByRole('button', {name: 'Export everything'}).click(),
    ]);
    const path = (await download.path())!;
    const bytes = statSync(path).size;
    const exportedIn = Date.now() - started;
    expect(bytes).toBeGreaterThan(64 * 1024 * 1024);

    await sendFromExtensionPage(page, 'data/deleteAll', {});
    expect((await page.evaluate(countEvents)).count).toBe(0);

    const importStarted = Date.now();
    await page.getByTestId('import-export').setInputFiles(path);
    await expect.poll(() => status(page), {timeout: 240_000}).toMatch(/^Imported [\d,]+ records/);
    const importedIn = Date.now() - importStarted;
    expect(await page.evaluate(countEvents)).toEqual({count: events, sample: 100_002});
    console.info(`export of ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${exportedIn} ms, import in ${importedIn} ms`);
    await sendFromExtensionPage(page, 'data/deleteAll', {});
    await page.close();
  }, 400_000);
});
