// The Firefox build in real Firefox (Debian's firefox-esr, through WebDriver BiDi): it installs, its content script
// coaches a routed Gmail compose with hints computed in the background event page, and a send hands the promise
// to the background, which stores it in Firefox's IndexedDB and confirms. No request leaves the machine.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildFirefox, GECKO_ID} from '../../scripts/build-firefox.ts';
import {FirefoxBrowser, type FirefoxPage} from '../browser/firefox.ts';

let firefox: FirefoxBrowser;
let installed: string;

beforeAll(async () => {
  const dist = buildFirefox();
  firefox = await FirefoxBrowser.launch();
  installed = await firefox.installExtension(dist);
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

describe('Firefox', () => {
  it('accepts the Firefox build', () => {
    expect(installed).toBe(GECKO_ID);
  });

  it('coaches a Gmail compose: hints from the background, highlights, the draft untouched', async () => {
    const page = await firefox.openFixture('gmail', 'thread-reply-and-compose.html');
    expect(await page.waitFor<number>(`document.querySelectorAll('.dw rapport-compose-panel').length`)).toBe(1);
    const before = await page.evaluate<string>(`document.querySelector(${JSON.stringify(DOCKED_BODY)}).innerHTML`);
    await typeAtStart(page, 'I just wanted to check on the invoice. ');
    await page.waitFor(`(${ruleIds}).includes('no-hedging')`);
    expect(await page.evaluate<string[]>(ruleIds)).toContain('no-hedging');
    expect(await page.evaluate<string>(dockedPanelText)).toContain('“I just wanted to” can make your request sound unsure.');
    expect(await page.evaluate<number>(`CSS.highlights.get('rapport-tone')?.size ?? 0`)).toBeGreaterThanOrEqual(1);
    const after = await page.evaluate<string>(`document.querySelector(${JSON.stringify(DOCKED_BODY)}).innerHTML`);
    expect(after).toBe(`I just wanted to check on the invoice.&nbsp;${before}`);
    await page.close();
  });

  it('tracks the promise of a sent mail in the background and confirms it', async () => {
    const page = await firefox.openFixture('gmail', 'thread-reply-and-compose.html');
    await page.waitFor<number>(`document.querySelectorAll('.dw rapport-compose-panel').length`);
    await typeAtStart(page, 'Hi Dana, I will send you the board deck by Friday. ');
    await page.waitFor(`document.querySelector('.dw rapport-compose-panel')?.getAttribute('data-analysed-seq')`);
    await page.click('.dw .T-I-atl');
    const toast = await page.waitFor<string>(`document.querySelector('rapport-toast')?.shadowRoot?.textContent ?? ''`);
    expect(toast).toContain('Tracking 1 commitment');
    await page.close();
  });

  it('refuses and records a request to anywhere else (the guard the last check relies on)', async () => {
    const page = await firefox.openFixture('gmail', 'inbox.html');
    expect(await page.evaluate(`fetch('https://example.org/beacon').then(() => 'answered', () => 'refused')`)).toBe('refused');
    expect(firefox.takeNetworkAttempts()).toEqual(['GET https://example.org/beacon']);
    await page.close();
  });
});
