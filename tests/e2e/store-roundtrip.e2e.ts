// Messages from content scripts reach the background, land in its IndexedDB (Dexie), show live in the popup, and
// survive the service worker being stopped and restarted, as Chrome does to idle workers.
import {describe, expect, it} from 'vitest';
import {screenshot, sendFromExtensionPage, withRapportBrowser} from './with-browser.ts';

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
