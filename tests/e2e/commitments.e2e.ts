// Commitment tracking in the real background: a sent mail's promises are stored once, surface as nudges with a
// badge and a notification when due, close when a later mail delivers them, and come back after a browser restart.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {TEST_DIST} from '../browser/paths.ts';
import {RapportBrowser} from '../browser/rapport-browser.ts';
import {badgeText, screenshot, sendFromExtensionPage, withRapportBrowser, writeSettings} from './with-browser.ts';

type Commitment = {id: string; status: string; closedHow?: string; draftId: string};
type Nudge = {id: string; status: string; surfaceAt: number; notifiedAt?: number};

const browser = withRapportBrowser();
const HOUR = 3_600_000;
const quietOff = {quietHours: {start: '19:00', end: '08:00', enabled: false}};

const mail = (draftId: string, fields: Record<string, unknown> = {}) => ({
  draftId, threadId: 'thread-q4', subject: 'Q4 planning', sentAt: Date.now() - 2 * HOUR, recipients: ['sam.lee@acme.example'],
  commitments: [{sentence: "I'll send the headcount plan by noon.", action: 'send the headcount plan', owner: 'me', dueAt: Date.now() - HOUR, duePhrase: 'by noon', vague: false}],
  sentences: ["I'll send the headcount plan by noon."], hasAttachment: false, ...fields,
});

async function notificationIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const {chrome} = globalThis as unknown as {chrome: {notifications: {getAll(): Promise<Record<string, boolean>>}}};
    return Object.keys(await chrome.notifications.getAll());
  });
}

describe('commitment lifecycle', () => {
  it('stores a promise once, shows it due with a badge and a notification, and closes it on delivery', async () => {
    const page = await browser().openPopup();
    await writeSettings(page, quietOff);
    const first = await sendFromExtensionPage<{tracked: number}>(page, 'commitments/track', mail('#msg-a:r-100'));
    const again = await sendFromExtensionPage<{tracked: number}>(page, 'commitments/track', mail('#msg-a:r-100'));
    expect([first.tracked, again.tracked]).toEqual([1, 0]);
    expect(await browser().readTable<Commitment>('commitments')).toHaveLength(1);

    await expect.poll(() => badgeText(page)).toBe('1');
    await expect.poll(() => notificationIds(page)).toEqual([expect.stringMatching(/^rapport-nudge:commitment-due:c-/)]);
    const [nudge] = await browser().readTable<Nudge>('nudges');
    expect(nudge).toMatchObject({status: 'active', notifiedAt: expect.any(Number)});

    const delivery = await sendFromExtensionPage<{closed: Array<{action: string}>}>(page, 'commitments/track', mail('#msg-a:r-101', {
      commitments: [], sentences: ['Hi Sam,', 'Attached is the headcount plan.'], hasAttachment: true,
    }));
    expect(delivery.closed).toEqual([{id: expect.any(String), action: 'send the headcount plan'}]);
    await expect.poll(() => badgeText(page)).toBe('');
    expect(await browser().readTable<Commitment>('commitments')).toEqual([expect.objectContaining({status: 'done', closedHow: 'delivered'})]);

    // Undo Send on the delivering mail reopens the promise.
    await sendFromExtensionPage(page, 'commitments/withdraw', {draftId: '#msg-a:r-101'});
    await expect.poll(() => badgeText(page)).toBe('1');
    await page.close();
  });

  it('snoozes and completes a nudge from the popup side', async () => {
    const page = await browser().openPopup();
    const [nudge] = (await browser().readTable<Nudge>('nudges')).filter((n) => n.status === 'active');
    const snoozed = await sendFromExtensionPage<{surfaceAt: number}>(page, 'nudges/act', {id: nudge!.id, action: 'snooze', until: Date.now() + HOUR});
    expect(snoozed.surfaceAt).toBeGreaterThan(Date.now());
    await expect.poll(() => badgeText(page)).toBe('');
    await sendFromExtensionPage(page, 'nudges/act', {id: nudge!.id, action: 'done'});
    expect((await browser().readTable<Nudge>('nudges')).find((n) => n.id === nudge!.id)).toMatchObject({status: 'done'});
    await page.close();
  });

  it('lists a due promise in the popup, opens on it from a notification link, and completes it with Done', async () => {
    const setup = await browser().openPopup();
    await sendFromExtensionPage(setup, 'commitments/track', mail('#msg-a:r-200', {
      threadId: 'thread-venue', commitments: [{sentence: 'We will confirm the venue by 3pm.', action: 'confirm the venue', owner: 'me', dueAt: Date.now() - 60_000, vague: false}],
    }));
    await expect.poll(() => badgeText(setup)).toBe('1');
    const nudge = (await browser().readTable<Nudge>('nudges')).find((n) => n.status === 'active')!;
    await setup.close();

    const popup = await browser().context.newPage();
    await popup.setViewportSize({width: 380, height: 560});
    await popup.goto(browser().extensionUrl(`src/popup/index.html#/nudge/${encodeURIComponent(nudge.id)}`));
    const item = popup.locator(`[data-nudge-id="${nudge.id}"]`);
    await expect.poll(() => item.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await item.textContent()).toContain('Confirm the venue');
    expect(await item.textContent()).toContain('Overdue by 1 min');
    expect(await item.getByRole('link', {name: 'Open the thread'}).getAttribute('href')).toBe('https://mail.google.com/mail/u/0/#all/thread-venue');
    await screenshot(popup, 'popup-now');
    await item.getByRole('button', {name: 'Done'}).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('now-empty').isVisible()).toBe(true);
    // The keyboard focus stays in the view rather than falling back to the page.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    await expect.poll(() => badgeText(popup)).toBe('');
    await popup.close();
  });

  it('loses nothing and doubles nothing when the worker is stopped during a burst from several tabs', async () => {
    const tabs = await Promise.all([0, 1, 2, 3].map(() => browser().openPopup()));
    const before = (await browser().readTable<Commitment>('commitments')).length;
    const workerBefore = await sendFromExtensionPage<{startedAt: number}>(tabs[0]!, 'runtime/ping', {});
    // Each tab sends 25 mails, retrying a message whose worker died under it (as the content script's send does).
    const bursts = tabs.map((tab, tabIndex) => tab.evaluate(async ({tabIndex: index, template}) => {
      const {chrome} = globalThis as unknown as {chrome: {runtime: {sendMessage(message: unknown): Promise<{ok: boolean} | undefined>}}};
      for (let n = 0; n < 25; n++) {
        const request = {...template, draftId: `#burst-${index}-${n}`, threadId: `burst-${index}-${n}`};
        for (let attempt = 0; ; attempt++) {
          try {
            const reply = await chrome.runtime.sendMessage({rapport: 1, name: 'commitments/track', request});
            if (reply?.ok) break;
          } catch {
            // the worker was stopped mid-message: send again (the write is idempotent)
          }
          if (attempt > 20) throw new Error('message never delivered');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    }, {tabIndex, template: mail('x')}));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await browser().stopServiceWorker();
    await Promise.all(bursts);
    const workerAfter = await sendFromExtensionPage<{startedAt: number}>(tabs[0]!, 'runtime/ping', {});
    expect(workerAfter.startedAt, 'the worker was stopped and restarted during the burst').toBeGreaterThan(workerBefore.startedAt);
    const after = await browser().readTable<Commitment>('commitments');
    expect(after.length - before).toBe(100);
    expect(new Set(after.map((commitment) => commitment.draftId)).size).toBe(after.length);
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  it('exports, refuses a foreign file without changing anything, deletes, and imports back', async () => {
    const page = await browser().openOptions();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Export everything'}).click()]);
    const path = (await download.path())!;
    const exported = JSON.parse(readFileSync(path, 'utf8')) as {tables: Record<string, unknown[]>};
    expect(exported.tables.commitments!.length).toBeGreaterThan(100);

    await page.getByTestId('import-export').setInputFiles({name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}')});
    await expect.poll(() => page.getByTestId('data-status').textContent()).toContain('not a Rapport export');
    expect((await browser().readTable('commitments')).length).toBe(exported.tables.commitments!.length);

    await sendFromExtensionPage(page, 'data/deleteAll', {});
    expect(await browser().readTable('commitments')).toEqual([]);
    await page.getByTestId('import-export').setInputFiles(path);
    await expect.poll(() => page.getByTestId('data-status').textContent()).toMatch(/^Imported [\d,]+ records/);
    expect((await browser().readTable('commitments')).length).toBe(exported.tables.commitments!.length);
    await page.close();
  });
});

describe('browser restart', () => {
  it('catches up on a promise that came due while the browser was closed', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'rapport-restart-'));
    try {
      const first = await RapportBrowser.launch({userDataDir: profile, extensionDir: TEST_DIST});
      await first.inExtensionPage(async (page) => {
        await writeSettings(page, quietOff);
        await sendFromExtensionPage(page, 'commitments/track', mail('#msg-a:r-restart', {
          commitments: [{sentence: 'I will confirm the venue shortly.', action: 'confirm the venue', owner: 'me', dueAt: Date.now() + 3_000 + HOUR, vague: false}],
        }));
        expect(await badgeText(page)).toBe('');
      });
      expect(first.networkAttempts()).toEqual([]);
      await first.close();
      await new Promise((resolve) => setTimeout(resolve, 3_500));

      const second = await RapportBrowser.launch({userDataDir: profile, extensionDir: TEST_DIST});
      await second.inExtensionPage(async (page) => {
        await expect.poll(() => badgeText(page)).toBe('1');
      });
      expect(second.networkAttempts()).toEqual([]);
      await second.close();
    } finally {
      rmSync(profile, {recursive: true, force: true});
    }
  });
});
