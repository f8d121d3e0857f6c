// "Capture a redacted page" (options page, Diagnostics) in real Chromium: the button reaches the last used Gmail or
// Calendar tab, the file it saves and the text it copies hold the site's hooks and none of the page's words, the
// file works as a fixture (Rapport coaches the compose in it), and nothing is requested from anywhere.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {FIXTURES} from '../browser/paths.ts';
import {ID_FORMAT_WORDS} from '../../src/sites/shared/redact/ids.ts';
import {decodeEventId} from '../../src/sites/calendar/read/attributes.ts';
import {dockedBody, dockedPanel, pasteClipboard, typeAtStart, withRapportBrowser} from './with-browser.ts';

const browser = withRapportBrowser();
const TYPED = 'Per my last email, the Whitfield deck is attached. ';

/** Attributes whose values are the site's hooks and structure (the redaction keeps them); all others are content. */
const STRUCTURE = ['class', 'style', 'role', 'aria-hidden', 'tabindex', 'selector', 'jsaction', 'jsname', 'jsslot', 'data-eventchip',
  'data-datekey', 'id', 'type', 'contenteditable', 'g_editable', 'aria-multiline', 'aria-haspopup', 'aria-modal', 'aria-level',
  'aria-labelledby', 'dir', 'lang', 'data-opens-details', 'data-stacked-layout-chip', 'data-stacked-layout-chip-container',
  'data-smartmail', 'gh', 'rel', 'data-chips-dialog', 'src', 'href'];

/** Runs in the page: the words of its content (texts, content attributes, typed values) and of its structure. */
function pageWords(structure: string[]): {content: string[]; hooks: string[]} {
  const runs = (text: string) => (text.match(/[\p{L}\p{M}]+/gu) ?? []).map((run) => run.toLowerCase());
  const content: string[] = [];
  const hooks: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script, style, [id^="rapport-"]')) content.push(...runs(node.nodeValue ?? ''));
  }
  for (const element of document.body.querySelectorAll('*')) {
    if (element.localName.startsWith('rapport-') || element.localName === 'script') continue;
    hooks.push(...runs(element.localName));
    if ('value' in element && typeof element.value === 'string') content.push(...runs(element.value));
    for (const {name, value} of element.attributes) {
      hooks.push(...runs(name));
      const isHook = structure.includes(name) || (name === 'name' && (['input', 'textarea', 'form'].includes(element.localName) || ['to', 'cc', 'bcc'].includes(value)));
      (isHook ? hooks : content).push(...runs(value));
    }
  }
  return {content: [...new Set(content)].filter((word) => word.length >= 3), hooks: [...new Set(hooks)]};
}

/** Written by the capture whatever the page: markup, the fixtures' stylesheet link, and the format words of ids
 * ("#msg-f:…", "tasks_…"), which the redaction keeps by design. */
const CAPTURE_OWN = new Set(['amp', 'quot', 'html', 'head', 'meta', 'charset', 'utf', 'body', 'link', 'stylesheet', 'fixture', 'assets', 'gmail',
  'calendar', 'css', ...ID_FORMAT_WORDS]);

/** Words of the page's content found anywhere in the capture (after its header), that the page does not also use as hooks. */
async function leakedWords(page: Page, capture: string): Promise<string[]> {
  const {content, hooks} = await page.evaluate(pageWords, STRUCTURE);
  const inCapture = new Set((capture.slice(capture.indexOf('-->') + 3).match(/[\p{L}\p{M}]+/gu) ?? []).map((run) => run.toLowerCase()));
  expect(content.length).toBeGreaterThan(40);
  return content.filter((word) => inCapture.has(word) && !hooks.includes(word) && !CAPTURE_OWN.has(word));
}

/** Serve a capture at Gmail's address, with the fixtures' stylesheet, as the harness serves a fixture. */
async function openCaptureAsFixture(capture: string): Promise<Page> {
  const page = await browser().context.newPage();
  await page.route('https://mail.google.com/**', (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    if (path === '/fixture-assets/gmail.css') return route.fulfill({path: join(FIXTURES, 'gmail', 'gmail.css'), contentType: 'text/css'});
    if (path === '/favicon.ico') return route.fulfill({status: 204});
    if (request.resourceType() === 'document') return route.fulfill({body: capture, contentType: 'text/html; charset=utf-8'});
    return route.fallback(); // to the harness's refusal, which records it
  });
  await page.goto('https://mail.google.com/mail/u/0/#inbox');
  return page;
}

describe('capture a redacted page', () => {
  it('says so when no Gmail or Calendar tab is open', async () => {
    const options = await browser().openOptions();
    await options.getByTestId('capture-save').click();
    await expect.poll(() => options.getByTestId('capture-status').textContent()).toContain('No Gmail or Google Calendar tab answered');
    await options.close();
  });

  it('saves the focused Gmail compose as a file with every hook and none of the words, and that file works as a fixture', async () => {
    const gmail = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    await expect.poll(() => dockedPanel(gmail).count()).toBe(1);
    await typeAtStart(gmail, dockedBody(gmail), TYPED);

    const options = await browser().openOptions();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('capture-save').click()]);
    expect(download.suggestedFilename()).toMatch(/^rapport-gmail-compose-popup-\d{4}-\d{2}-\d{2}-\d{6}\.html$/);
    const file = readFileSync((await download.path())!, 'utf8');
    await expect.poll(() => options.getByTestId('capture-status').textContent()).toContain(`Saved ${download.suggestedFilename()}`);

    expect(file).toMatch(/^<!doctype html>\n<!-- Rapport capture: Gmail, view "compose-popup"/);
    for (const hook of ['class="M9"', 'name="composeid"', 'name="draft"', 'name="subject"', 'g_editable="true"', 'role="dialog"', 'data-hovercard-id="', 'class="dw"', 'selector="scheduledSend"']) {
      expect(file).toContain(hook);
    }
    expect(file).not.toMatch(/<script|rapport-compose-panel|Whitfield|northwind|attached|Board deck/i);
    expect(await leakedWords(gmail, file)).toEqual([]);

    // The copy is the same capture (the header's time aside): a maintainer can diff captures.
    await options.getByTestId('capture-copy').click();
    await expect.poll(() => options.getByTestId('capture-status').textContent()).toContain('Copied a capture of Gmail (compose-popup)');
    const copied = await pasteClipboard(options);
    const afterHeader = (text: string) => text.slice(text.indexOf('-->'));
    expect(afterHeader(copied)).toBe(afterHeader(file));

    // Served as a fixture, the capture is a compose Rapport recognises and coaches.
    const replay = await openCaptureAsFixture(file);
    await expect.poll(() => dockedPanel(replay).count()).toBe(1);
    await typeAtStart(replay, dockedBody(replay), 'Per my last email, see below. ');
    await expect.poll(() => dockedPanel(replay).locator('li[data-rule-id="no-passive-aggressive"]').count()).toBe(1);

    expect(browser().networkAttempts()).toEqual([]);
    await Promise.all([replay.close(), options.close(), gmail.close()]);
  });

  it('captures the Calendar tab when it was used last, with its event ids still decodable and none of its words', async () => {
    const gmail = await browser().openFixture('gmail', 'inbox.html');
    const calendar = await browser().openFixture('calendar', 'week-en-details.html');
    await calendar.bringToFront();
    const options = await browser().openOptions();
    await options.getByTestId('capture-copy').click();
    await expect.poll(() => options.getByTestId('capture-status').textContent()).toContain('Copied a capture of Google Calendar (week)');
    const copied = await pasteClipboard(options);
    expect(copied).toMatch(/^<!doctype html>\n<!-- Rapport capture: Google Calendar, view "week"/);
    for (const hook of ['data-datekey="29047"', 'data-eventchip=""', 'id="xDetDlg"', 'id="xTimezone"', 'class="XuJrye"']) expect(copied).toContain(hook);
    expect(await leakedWords(calendar, copied)).toEqual([]);
    const eventIds = [...copied.matchAll(/data-eventid="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !/^(tasks|bday)_/.test(id));
    expect(eventIds.length).toBeGreaterThan(10);
    for (const id of eventIds) expect(decodeEventId(id)?.calendarId, id).toMatch(/^[\w.#-]+@[\w.-]+$/);
    expect(browser().networkAttempts()).toEqual([]);
    await Promise.all([options.close(), calendar.close(), gmail.close()]);
  });
});
