// Every way Gmail sends a mail, and every way it doesn't, in real Chromium on the routed fixtures: each send path
// tracks the mail's promise exactly once; opening More send options, opening the schedule dialog and cancelling it
// track nothing; a schedule counts from the time chosen; a mail sent before Gmail's first autosave (no draft id yet)
// is tracked all the same, and sent again later under its real draft id it is tracked once, not twice.
import {beforeEach, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {sendFromExtensionPage, typeAtStart, withRapportBrowser} from './with-browser.ts';

type Commitment = {sentence: string; draftId: string; createdAt: number};
const browser = withRapportBrowser();

const commitments = () => browser().readTable<Commitment>('commitments');
const PROMISE = 'I will send you the signed contract by Friday. ';

beforeEach(async () => {
  await browser().inExtensionPage((page) => sendFromExtensionPage(page, 'data/deleteAll', {}));
});

/** Open the thread fixture and write a promise in one of its composes: the docked new message or the inline reply. */
async function writePromise(where: 'docked' | 'inline'): Promise<Page> {
  const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
  const scope = where === 'docked' ? '.dw' : '.ip';
  const panel = page.locator(`${scope} rapport-compose-panel`);
  await expect.poll(() => panel.count()).toBe(1);
  await typeAtStart(page, page.locator(`${scope} div[g_editable="true"]`), PROMISE);
  await expect.poll(() => panel.getAttribute('data-analysed-seq')).not.toBeNull();
  return page;
}

const DOCKED_DRAFT = '#msg-a:r-1111111111111111111';
const INLINE_DRAFT = '#msg-a:r-2222222222222222222';
const SEND = '.T-I-atl:not(.hG):not(.Uo)';

/**
 * An instant some days ahead at a given hour, in the page's own time zone (the browser runs in another zone than the
 * test), with how Gmail's dialog would write it: "Dec 4, 8:00 AM" for a preset, "Dec 4, 2026" and "4:30 PM" in the picker.
 */
function timeAhead(page: Page, days: number, hours: number, minutes: number) {
  return page.evaluate(([d, h, m]) => {
    const at = new Date();
    at.setDate(at.getDate() + d);
    at.setHours(h, m, 0, 0);
    const time = at.toLocaleString('en-US', {hour: 'numeric', minute: '2-digit'});
    return {
      instant: at.getTime(),
      preset: `${at.toLocaleString('en-US', {month: 'short'})} ${at.getDate()}, ${time}`,
      date: at.toLocaleDateString('en-US', {month: 'short', day: 'numeric', year: 'numeric'}),
      time,
    };
  }, [days, hours, minutes] as const);
}

describe('send paths: each one tracks the promise once', () => {
  it.each([
    ['a click on Send', 'docked', DOCKED_DRAFT, (page: Page) => page.locator(`.dw ${SEND}`).click()],
    ['Enter on the focused Send button', 'docked', DOCKED_DRAFT, async (page: Page) => {
      await page.locator(`.dw ${SEND}`).focus();
      await page.keyboard.press('Enter');
    }],
    ['Space on the focused Send button', 'inline', INLINE_DRAFT, async (page: Page) => {
      await page.locator(`.ip ${SEND}`).focus();
      await page.keyboard.press(' ');
    }],
    ['a click on Send + archive', 'inline', INLINE_DRAFT, (page: Page) => page.locator('.ip .Uo').click()],
    ['Enter on the focused Send + archive button', 'inline', INLINE_DRAFT, async (page: Page) => {
      await page.locator('.ip .Uo').focus();
      await page.keyboard.press('Enter');
    }],
    ['Ctrl+Enter in the body', 'docked', DOCKED_DRAFT, (page: Page) => page.keyboard.press('Control+Enter')],
  ] as const)('%s', async (_path, where, draftId, send) => {
    const page = await writePromise(where);
    await send(page);
    await expect.poll(async () => (await commitments()).map((c) => c.draftId)).toEqual([draftId]);
    // Still one a moment later: a key that Gmail also turns into a click is not a second send.
    await page.waitForTimeout(300);
    expect(await commitments()).toHaveLength(1);
    await page.close();
  });

  it('a preset in the Schedule send dialog, counted from the time it names', async () => {
    const page = await writePromise('docked');
    await page.locator(`.dw .hG`).click();
    await page.locator('[selector="scheduledSend"]').click();
    const preset = page.locator('.ZkmAeb .Az').first();
    const tomorrowAtEight = await timeAhead(page, 1, 8, 0);
    await preset.locator('.Ay').evaluate((element, label) => { element.textContent = label; }, tomorrowAtEight.preset);
    await preset.click();
    await expect.poll(async () => (await commitments()).map((c) => c.draftId)).toEqual([DOCKED_DRAFT]);
    expect((await commitments())[0]!.createdAt).toBe(tomorrowAtEight.instant);
    await page.close();
  });

  it("the picker's Schedule send, counted from the date and time entered", async () => {
    const page = await writePromise('docked');
    await page.locator(`.dw .hG`).click();
    await page.locator('[selector="scheduledSend"]').click();
    await page.locator('.ZkmAeb .AM').click();
    const at = await timeAhead(page, 2, 16, 30);
    await page.locator('input[aria-label="Date"]').fill(at.date);
    await page.locator('input[aria-label="Time"]').fill(at.time);
    await page.locator('[data-fixture-part] button[data-mdc-dialog-action="ok"]').click();
    await expect.poll(async () => (await commitments()).map((c) => c.draftId)).toEqual([DOCKED_DRAFT]);
    expect((await commitments())[0]!.createdAt).toBe(at.instant);
    await page.close();
  });
});

describe('not sends: nothing is tracked', () => {
  it('opening More send options, opening the schedule dialog and the picker, and cancelling each way', async () => {
    const page = await writePromise('docked');
    const arrow = page.locator('.dw .hG');
    await arrow.click();
    await arrow.focus();
    await page.keyboard.press('Enter');
    await page.locator('[selector="scheduledSend"]').click();
    await expect.poll(() => page.locator('.ZkmAeb').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.ZkmAeb').count()).toBe(0);
    await arrow.click();
    await page.locator('[selector="scheduledSend"]').click();
    await page.locator('.ZkmAeb .AM').click();
    await page.locator('[data-fixture-part] button[data-mdc-dialog-action="cancel"]').click();
    await expect.poll(() => page.locator('[data-fixture-part]').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await commitments()).toEqual([]);
    // The compose is still open and still watched: a real send now tracks it, once.
    await page.locator(`.dw ${SEND}`).click();
    await expect.poll(async () => (await commitments()).map((c) => c.draftId)).toEqual([DOCKED_DRAFT]);
    await page.close();
  });
});

describe('a quick send, before Gmail names the draft', () => {
  it('is tracked under its compose, and sent again with a draft id it is tracked once', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-es.html');
    const panel = page.locator('.ip rapport-compose-panel');
    await expect.poll(() => panel.count()).toBe(1);
    await typeAtStart(page, page.locator('.ip div[g_editable="true"]'), 'I will send the signed NDA by Wednesday. ');
    await expect.poll(() => panel.getAttribute('data-analysed-seq')).not.toBeNull();
    // Gmail would bring the same compose back (here: re-rendered) if the send were undone in a way Rapport missed.
    const compose = await page.locator('.ip .M9').evaluate((root) => root.outerHTML);
    await page.locator(`.ip ${SEND}`).click();
    await expect.poll(async () => (await commitments()).map((c) => c.draftId)).toEqual([expect.stringMatching(/^compose:[^:]+:c-inline-es$/)]);

    await page.locator('.ip').first().evaluate((area, html) => area.insertAdjacentHTML('beforeend', html), compose);
    await page.locator('.ip .M9 input[name="draft"]').evaluate((input) => { (input as HTMLInputElement).value = '#msg-a:r-3333333333333333333'; });
    await expect.poll(() => page.locator('.ip rapport-compose-panel').count()).toBe(1);
    await expect.poll(() => page.locator('.ip rapport-compose-panel').getAttribute('data-analysed-seq')).not.toBeNull();
    await page.locator(`.ip ${SEND}`).click();
    await expect.poll(async () => (await commitments()).map((c) => c.draftId)).toEqual(['#msg-a:r-3333333333333333333']);
    await page.close();
  });
});

describe('a script in the page cannot fake a send', () => {
  // What a hostile script in Gmail's page could do: input that is not the user's (isTrusted is false). The stand-in
  // Gmail sends on it all the same; Rapport must not track what the user never sent.
  it.each([
    ['a synthetic click on Send', (send: string): void => document.querySelector<HTMLElement>(`.dw ${send}`)!.click()],
    ['a synthetic Enter on Send', (send: string): void => {
      document.querySelector(`.dw ${send}`)!.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
    }],
    ['a synthetic Ctrl+Enter in the body', (): void => {
      document.querySelector('.dw div[g_editable="true"]')!.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', ctrlKey: true, bubbles: true}));
    }],
  ] as const)('%s tracks nothing', async (_how, fake: (send: string) => void) => {
    const page = await writePromise('docked');
    await page.evaluate(fake, SEND);
    await expect.poll(() => page.locator('.dw .M9').count()).toBe(0); // the page did send it
    await page.waitForTimeout(500);
    expect(await commitments()).toEqual([]);
    await page.close();
  });
});
