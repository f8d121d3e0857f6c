// Reading the conversations the user opens, in real Chromium on the routed Gmail conversation fixtures (issue 15):
// the newest message's ask and promise are recorded once, however often the thread is opened; asks in earlier
// messages, quoted history and the signature are not; the user's reply through the inline compose closes the ask;
// the older page shape and a Spanish UI read too. No request leaves the machine (checked when the file ends).
import {beforeAll, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {typeAtStart, withRapportBrowser, writeSettings} from './with-browser.ts';

type Owed = {id: string; direction: string; email: string; sentence: string; at: number; dueAt: number | null; threadId: string | null; messageId: string; status: string; closedHow?: string};
type Received = {messageId: string; threadId: string | null; from: string; at: number};

const browser = withRapportBrowser();
const owedIn = async (threadId: string) => (await browser().readTable<Owed>('owedItems')).filter((item) => item.threadId === threadId);
const receivedIn = async (threadId: string) => (await browser().readTable<Received>('receivedMails')).filter((mail) => mail.threadId === threadId);
const summary = (items: Owed[]) => items.map((item) => `${item.direction} ${item.email}: ${item.sentence} [${item.status}]`).sort();

/** A local time in the page's own time zone (the browser's, where Gmail writes its dates). */
const pageTime = (page: Page, ...parts: [number, number, number, number, number]) =>
  page.evaluate((p) => new Date(p[0], p[1], p[2], p[3], p[4]).getTime(), parts);

beforeAll(async () => {
  await browser().inExtensionPage((page) => writeSettings(page, {
    people: {myAddresses: ['jordan@northwind.example'], executives: [], directReports: [], internalDomains: ['northwind.example'], neverAnalyse: []},
  }));
});

const OFFSITE = '18d0000000000b01';
const NEWEST = '#msg-f:1790000000000000204';

describe('a conversation the user opens', () => {
  it("records the newest message's ask and promise, once however often it is opened", async () => {
    const page = await browser().openFixture('gmail', 'thread-conversation.html');
    await expect.poll(async () => summary(await owedIn(OFFSITE)), {timeout: 15_000}).toEqual([
      'asked-of-me sam.lee@acme.example: Could you confirm the final headcount for the offsite by Thursday? [open]',
      'promised-to-me sam.lee@acme.example: I\'ll send you the signed venue contract on Friday. [open]',
    ]);
    const items = await owedIn(OFFSITE);
    // Asked on the newest message's date (as the page wrote it), in its thread; not the earlier "catering quote"
    // ask, not the quoted history, not the signature's "Please reply".
    const sentAt = await pageTime(page, 2026, 10, 23, 8, 30);
    expect(items.every((item) => item.messageId === NEWEST && item.at === sentAt && item.dueAt !== null)).toBe(true);
    // Every message shown from someone else is a contact with its date; the user's own is not.
    expect((await receivedIn(OFFSITE)).map((mail) => mail.messageId).sort()).toEqual(['#msg-f:1790000000000000201', '#msg-f:1790000000000000203', NEWEST]);
    // The messages are left as they were: nothing of Rapport's inside a header or a body, the reply's draft empty.
    expect(await page.evaluate(() => [...document.querySelectorAll('.ads *')].filter((element) => element.tagName.startsWith('RAPPORT-') && !element.closest('.ip')).length)).toBe(0);
    expect(await page.locator('.ip div[g_editable="true"]').textContent()).toBe('');

    // Away to the inbox and back, then again in another tab: still the two.
    await browser().openFixture('gmail', 'inbox.html', {page});
    await browser().openFixture('gmail', 'thread-conversation.html', {page});
    const second = await browser().openFixture('gmail', 'thread-conversation.html');
    await second.waitForTimeout(2_000); // both pages have read the thread and told the background by now
    expect(summary(await owedIn(OFFSITE))).toHaveLength(2);
    expect((await owedIn(OFFSITE)).map((item) => item.id).sort()).toEqual(items.map((item) => item.id).sort());
    await second.close();
    await page.close();
  });

  it("the user's reply in the thread closes the ask; the promise made to them stays open", async () => {
    const page = await browser().openFixture('gmail', 'thread-conversation.html');
    const panel = page.locator('.ip rapport-compose-panel');
    await expect.poll(() => panel.count()).toBe(1);
    await expect.poll(async () => (await owedIn(OFFSITE)).length).toBe(2);
    await typeAtStart(page, page.locator('.ip div[g_editable="true"]'), 'Hi Sam, we will be 42 at the offsite. ');
    await expect.poll(() => panel.getAttribute('data-analysed-seq')).not.toBeNull();
    await page.locator('.ip .T-I-atl:not(.hG):not(.Uo)').click();
    await expect.poll(async () => (await owedIn(OFFSITE)).map((item) => [item.direction, item.status, item.closedHow]).sort()).toEqual([
      ['asked-of-me', 'closed', 'replied'],
      ['promised-to-me', 'open', undefined],
    ]);
    await page.close();
  });

  it('reads the older page shape', async () => {
    const page = await browser().openFixture('gmail', 'thread-older-shape.html');
    await expect.poll(async () => summary(await owedIn('18d0000000000c01')), {timeout: 15_000}).toEqual([
      'asked-of-me priya@northwind.example: Can you add the Q3 forecast to the pack before Tuesday? [open]',
    ]);
    await page.close();
  });

  it('reads a conversation in a Spanish UI, its dates written the Spanish way', async () => {
    const page = await browser().openFixture('gmail', 'thread-conversation-es.html');
    await expect.poll(async () => summary(await owedIn('18d0000000000d01')), {timeout: 15_000}).toEqual([
      'asked-of-me marco.rossi@acme.example: Could you send me the signed NDA by Wednesday? [open]',
      'promised-to-me marco.rossi@acme.example: I will send you our revised pricing on Monday. [open]',
    ]);
    const sentAt = await pageTime(page, 2026, 11, 1, 17, 48);
    expect((await owedIn('18d0000000000d01')).map((item) => item.at)).toEqual([sentAt, sentAt]);
    await page.close();
  });
});
