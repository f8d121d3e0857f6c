// The Firefox package in real Firefox (Debian's firefox-esr, through WebDriver BiDi): it installs as a user's
// install does and opens its popup; its content script coaches a routed Gmail compose with hints computed in the
// background event page; a send hands the promise to the background, which stores it in Firefox's IndexedDB, and
// the popup lists it; the options page saves to Firefox's sync storage, and the calendar banner follows it. No
// request leaves the machine.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildFirefox, GECKO_ID} from '../../scripts/build-firefox.ts';
import {zipFolder} from '../../scripts/package.ts';
import {FirefoxBrowser, type FirefoxPage} from '../browser/firefox.ts';

let firefox: FirefoxBrowser;
let extensionPage: FirefoxPage;

beforeAll(async () => {
  firefox = await FirefoxBrowser.launch(zipFolder(buildFirefox('test')), GECKO_ID, 'src/popup/index.html');
  extensionPage = await firefox.startPage();
}, 60_000);

afterAll(async () => {
  if (!firefox) return;
  const attempts = firefox.networkAttempts();
  await firefox.close();
  expect(attempts, 'network requests made in Firefox').toEqual([]);
});

const DOCKED_BODY = '.dw div[g_editable="true"]';
const dockedPanelText = `document.querySelector('.dw rapport-compose-panel')?.shadowRoot?.textContent ?? ''`;
const ruleIds = `[...(document.querySelector('.dw rapport-compose-panel')?.shadowRoot?.querySelectorAll('li') ?? [])].map((item) => item.dataset.ruleId)`;

/** Put the caret at the start of the docked compose's body, then type. */
async function typeAtStart(page: FirefoxPage, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const body = document.querySelector(${JSON.stringify(DOCKED_BODY)});
    body.focus();
    const range = document.createRange();
    range.setStart(body, 0);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  })()`);
  await page.type(text);
}

/** Show another extension page in the start tab (same origin, so a page may navigate there). */
async function showExtensionPage(path: string): Promise<void> {
  await extensionPage.evaluate(`(() => { location.href = ${JSON.stringify(FirefoxBrowser.extensionUrl(path))}; })()`);
  await extensionPage.waitFor(`location.href === ${JSON.stringify(FirefoxBrowser.extensionUrl(path))} && document.readyState === 'complete'`);
}

describe('Firefox', () => {
  it('installs the Firefox package and opens its popup, with its four views', async () => {
    expect(await extensionPage.waitFor<number>(`document.querySelectorAll('[role="tab"]').length`)).toBe(4);
    expect(await extensionPage.evaluate<string>(`document.documentElement.lang`)).toMatch(/^en/);
  });

  it('coaches a Gmail compose: hints from the background, highlights, the draft untouched', async () => {
    const page = await firefox.openFixture('gmail', 'thread-reply-and-compose.html');
    expect(await page.waitFor<number>(`document.querySelectorAll('.dw rapport-compose-panel').length`)).toBe(1);
    const before = await page.evaluate<string>(`document.querySelector(${JSON.stringify(DOCKED_BODY)}).innerHTML`);
    await typeAtStart(page, 'I think maybe we should check the invoice. ');
    await page.waitFor(`(${ruleIds}).includes('no-hedging')`);
    expect(await page.evaluate<string[]>(ruleIds)).toContain('no-hedging');
    expect(await page.evaluate<string>(dockedPanelText)).toContain('“I think maybe” can make your request sound unsure.');
    expect(await page.evaluate<number>(`CSS.highlights.get('rapport-tone')?.size ?? 0`)).toBeGreaterThanOrEqual(1);
    const after = await page.evaluate<string>(`document.querySelector(${JSON.stringify(DOCKED_BODY)}).innerHTML`);
    expect(after).toBe(`I think maybe we should check the invoice.&nbsp;${before}`);
    await page.close();
  });

  it('tracks the promise of a sent mail in the background, and the popup lists it', async () => {
    const page = await firefox.openFixture('gmail', 'thread-reply-and-compose.html');
    await page.waitFor<number>(`document.querySelectorAll('.dw rapport-compose-panel').length`);
    await typeAtStart(page, 'Hi Dana, I will send you the board deck by Friday. ');
    await page.waitFor(`document.querySelector('.dw rapport-compose-panel')?.getAttribute('data-analysed-seq')`);
    await page.click('.dw .T-I-atl:not(.hG)');
    const toast = await page.waitFor<string>(`document.querySelector('rapport-toast')?.shadowRoot?.textContent ?? ''`);
    expect(toast).toContain('Tracking 1 commitment');
    await page.close();

    await showExtensionPage('src/popup/index.html#/commitments');
    const listed = await extensionPage.waitFor<string>(`document.body.innerText.includes('send you the board deck') && document.body.innerText`);
    expect(listed).toContain('send you the board deck');
  });

  it('saves who is who from the options page to Firefox\'s sync storage', async () => {
    await showExtensionPage('src/options/index.html');
    await extensionPage.waitFor(`!!document.querySelector('[data-testid="people-executives"]')`);
    await extensionPage.click('[data-testid="people-executives"]');
    await extensionPage.type('Dana Whitfield <dana@northwind.example>');
    await extensionPage.click('form:has([data-testid="people-executives"]) button[type="submit"]');
    const stored = await extensionPage.waitFor<string>(`browser.storage.sync.get('settings.people').then((items) => JSON.stringify(items['settings.people']?.executives ?? ''))`);
    expect(JSON.parse(stored)).toEqual([{name: 'Dana Whitfield', email: 'dana@northwind.example'}]);
  });

  it('reads a routed Google Calendar week and shows the meeting rhythm it can and cannot judge yet', async () => {
    const page = await firefox.openFixture('calendar', 'week-en.html');
    const rows = await page.waitFor<string[] | null>(`(() => {
      const rows = [...(document.querySelector('rapport-calendar-banner')?.shadowRoot?.querySelectorAll('li[data-status]') ?? [])];
      return rows.length ? rows.map((row) => row.dataset.status + ': ' + row.textContent) : null;
    })()`);
    expect(rows?.length).toBeGreaterThan(0);
    // One week seen: the longer rhythms are unknown, and the banner names the days to open.
    expect(rows!.join('\n')).toMatch(/unknown: .*hasn't seen \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/);
    await page.close();
  });

  it('refuses and records a request to anywhere else (the guard the last check relies on)', async () => {
    const page = await firefox.openFixture('gmail', 'inbox.html');
    expect(await page.evaluate(`fetch('https://example.org/beacon').then(() => 'answered', () => 'refused')`)).toBe('refused');
    expect(firefox.takeNetworkAttempts()).toEqual(['GET https://example.org/beacon']);
    await page.close();
  });
});
