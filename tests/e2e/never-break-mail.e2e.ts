// Never break the user's mail: a long typing session with Rapport active leaves exactly the HTML it leaves without
// Rapport, and the compose keeps working when Rapport's background dies mid-draft.
import {afterAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {RapportBrowser} from '../browser/rapport-browser.ts';
import {dockedBody, dockedPanel, typeAtStart, withRapportBrowser} from './with-browser.ts';

const browser = withRapportBrowser();
let plain: RapportBrowser | undefined;
afterAll(async () => {
  await plain?.close();
});

// Typed key by key, with line breaks, hints of every kind along the way (shouting, hedging, promises, requests).
const LINES = [
  'Hi Dana,',
  '',
  'Per my last email, I just wanted to check whether the board deck is final. I will send the numbers by Friday.',
  'Sorry to bother you again, but could you please confirm the venue ASAP? This is URGENT!!!',
  'You always forget the agenda, so I think maybe we should review it together tomorrow morning.',
  'Let me check with Priya and get back to you soon. Going forward, please copy me on vendor contracts.',
  '',
  'Thanks,',
  'Jordan',
];

async function typeDraft(page: Page): Promise<string> {
  const body = page.locator('.dw div[g_editable="true"]');
  await body.focus();
  await page.keyboard.press('Control+Home');
  for (const [index, line] of LINES.entries()) {
    await page.keyboard.type(line, {delay: 2});
    if (index < LINES.length - 1) await page.keyboard.press('Enter');
  }
  await page.waitForTimeout(400);
  return body.innerHTML();
}

describe('never break the mail', () => {
  it('leaves the compose body exactly as typing without Rapport does', async () => {
    const coached = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    await expect.poll(() => coached.locator('.dw rapport-compose-panel').count()).toBe(1);
    const withRapport = await typeDraft(coached);
    await expect.poll(() => coached.locator('.dw rapport-compose-panel').getAttribute('data-hint-count')).not.toBeNull();
    expect(Number(await coached.locator('.dw rapport-compose-panel').getAttribute('data-hint-count'))).toBeGreaterThan(3);

    plain = await RapportBrowser.launch({withExtension: false});
    const page = await plain.openFixture('gmail', 'thread-reply-and-compose.html');
    const withoutRapport = await typeDraft(page);
    expect(withRapport).toBe(withoutRapport);
    expect(withRapport).not.toMatch(/rapport|<mark|highlight/i);
    await coached.close();
  });

  it('keeps the compose usable and hints coming when the background is stopped mid-draft', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    const panel = dockedPanel(page);
    await expect.poll(() => panel.count()).toBe(1);
    const body = dockedBody(page);
    await typeAtStart(page, body, 'Hi Dana, the deck is ready. ');
    await expect.poll(() => panel.getAttribute('data-analysed-seq')).not.toBeNull();

    await browser().stopServiceWorker();
    await page.keyboard.type('Per my last email, we need it TODAY!!! ');
    expect(await body.textContent()).toContain('Hi Dana, the deck is ready. Per my last email, we need it TODAY!!!');
    await expect.poll(() => panel.locator('li[data-rule-id="no-passive-aggressive"]').count(), {timeout: 10_000}).toBe(1);
    await page.close();
  });

  it('coaches a 1.2 M-character draft around the caret, with hints at their places, and leaves it intact', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    const panel = dockedPanel(page);
    await expect.poll(() => panel.count()).toBe(1);
    const body = dockedBody(page);
    // A pasted report: 12,700 lines of plain prose, then the user writes at the end.
    const chars = await body.evaluate((editor) => {
      const line = 'The quarterly figures are in the shared folder with the notes from the board meeting last week.';
      editor.innerHTML = `<div>Hi Dana,</div>${`<div>${line}</div>`.repeat(12_700)}`;
      return editor.textContent!.length;
    });
    expect(chars).toBeGreaterThan(1_200_000);
    const before = await body.innerHTML();
    await body.focus();
    await page.keyboard.press('Control+End');
    const typed = ' Per my last email, we need it TODAY!!!';
    const started = Date.now();
    await page.keyboard.type(typed);
    await expect.poll(() => panel.locator('li[data-rule-id="no-passive-aggressive"]').count(), {timeout: 20_000}).toBe(1);
    console.info(`1.2 M-character draft: hints ${Date.now() - started} ms after typing began (${typed.length} keys)`);
    expect(await panel.locator('.status').textContent()).toContain('A long message');

    // The hint's words are highlighted where they are: at the end of the draft, not at the window's offsets.
    const highlighted = await page.evaluate(() => {
      const texts: string[] = [];
      CSS.highlights.get('rapport-tone')?.forEach((range) => void texts.push((range as Range).toString()));
      return texts;
    });
    expect(highlighted).toContain('Per my last email');
    // Only the user's keys changed the body: every line before the last is as it was, the last ends with the keys.
    expect((await body.innerHTML()).startsWith(before.slice(0, before.lastIndexOf('<div>')))).toBe(true);
    expect((await body.textContent())!.replace(/\u00a0/g, ' ').endsWith(`board meeting last week.${typed}`)).toBe(true);
    expect(await body.innerHTML()).not.toMatch(/rapport|<mark|highlight/i);
    await page.close();
  }, 120_000);
});
