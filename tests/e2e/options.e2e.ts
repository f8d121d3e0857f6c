// The options page in real Chromium: settings saved there reach an open Gmail tab at once (no reload), the
// working-week settings land in sync storage, and a calendar-file import says what it did without stalling the worker.
import {join} from 'node:path';
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

describe('calendar-file import on the options page', () => {
  const FIXTURES_ICS = join(process.cwd(), 'tests/fixtures/calendar/ics');

  it('says what it imported, what it left out and why, and that an empty file is empty', async () => {
    const options = await browser().openOptions();
    const status = options.getByTestId('data-status');
    await options.getByTestId('import-ics').setInputFiles(join(FIXTURES_ICS, 'quirks', 'bad-values.ics'));
    await expect.poll(() => status.textContent()).toMatch(/^Imported \d+ events? covering \d+ days?\. The file has 8 events/);
    const text = (await status.textContent())!;
    expect(text).toMatch(/Dates from [A-Z][a-z]{2} \d{1,2}, \d{4} to [A-Z][a-z]{2} \d{1,2}, \d{4}\./);
    expect(text).toContain('Left out: 2 with a date or time that could not be read; 1 without a start date; 2 with a repeat rule that could not be read.');
    await options.getByTestId('import-ics').setInputFiles({name: 'empty.ics', mimeType: 'text/calendar', buffer: Buffer.from('')});
    await expect.poll(() => status.textContent()).toBe('The file is empty.');
    await options.close();
  });

  it('a large file is imported while the worker keeps answering other messages', async () => {
    const options = await browser().openOptions();
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport//e2e//EN'];
    const today = new Date();
    for (let i = 0; i < 4_000; i++) {
      const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 6, 1 + (i % 28), 8 + (i % 9)));
      const stamp = start.toISOString().replace(/[-:]|\.\d{3}/g, '');
      lines.push('BEGIN:VEVENT', `UID:big-${i}`, `SUMMARY:Meeting ${i}`, `DTSTART:${stamp}`, 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY;COUNT=30', 'END:VEVENT');
    }
    lines.push('END:VCALENDAR');
    const text = `${lines.join('\r\n')}\r\n`;
    // Pings sent every 20 ms while the import runs: the slowest answer shows how long the worker was held.
    const {imported, slowestPing, pings} = await options.evaluate(async (ics) => {
      const {chrome} = globalThis as unknown as {chrome: {runtime: {sendMessage(message: unknown): Promise<{ok: boolean; response?: unknown}>}}};
      let done = false;
      let slowest = 0;
      let count = 0;
      const pinging = (async () => {
        while (!done) {
          const sent = performance.now();
          await chrome.runtime.sendMessage({rapport: 1, name: 'runtime/ping', request: {}});
          slowest = Math.max(slowest, performance.now() - sent);
          count++;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const reply = await chrome.runtime.sendMessage({rapport: 1, name: 'calendar/importIcs', request: {text: ics}});
      done = true;
      await pinging;
      return {imported: reply, slowestPing: slowest, pings: count};
    }, text);
    console.info(`import of ${(text.length / 1e6).toFixed(1)} MB: ${pings} pings answered meanwhile, slowest ${slowestPing.toFixed(0)} ms`);
    expect(JSON.stringify(imported)).toContain('"read":4000');
    expect(pings).toBeGreaterThan(3);
    expect(slowestPing).toBeLessThan(1_000);
    await options.close();
  });
});
