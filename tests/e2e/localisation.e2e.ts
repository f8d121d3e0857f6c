// Rapport in a Spanish browser (Chromium's interface language comes from the environment; see docs/i18n.md): the
// worker, the popup, the options page, a Gmail compose's hints and the calendar banner all speak Spanish, with no
// English left where a translation exists. Expected words are read from the catalogs, so the test checks that
// each surface uses its catalog, not any particular wording.
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {formatMessage, readCatalog, type Catalog} from '../../scripts/lib/locales.ts';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {FIXTURES} from '../browser/paths.ts';
import {dockedBody, dockedPanel, pasteClipboard, screenshot, sendFromExtensionPage, typeAtStart, withRapportBrowser, writeSettings} from './with-browser.ts';

const browser = withRapportBrowser({language: 'es'});
const english = readCatalog('en');
const spanish = readCatalog('es');

/** The messages of one area with no placeholders whose English differs from the Spanish: the tell-tales. */
function plainMessages(prefix: string): Array<{key: string; en: string; es: string}> {
  return Object.entries(english)
    .filter(([key, entry]) => key.startsWith(prefix) && !entry.placeholders && spanish[key]!.message !== entry.message)
    .map(([key, entry]) => ({key, en: entry.message, es: spanish[key]!.message}));
}

/** Visible text of a page, shadow roots included (content-script UI lives in them). */
const visibleText = (page: Page) => page.evaluate(() => {
  const parts: string[] = [];
  const collect = (root: Node) => {
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      else if (node instanceof Element) {
        parts.push(node.getAttribute('aria-label') ?? '', node.getAttribute('title') ?? '');
        if (node.shadowRoot) collect(node.shadowRoot);
        collect(node);
      }
    }
  };
  collect(document.documentElement);
  return parts.join('\n');
});

/** Some Spanish messages of the area are shown, and none of its English-only ones. */
function expectSpanish(text: string, prefix: string, atLeast: number): void {
  const messages = plainMessages(prefix);
  const shownSpanish = messages.filter((message) => text.includes(message.es));
  // Whole English phrases of three words or more: short words ("Hide", "On") could occur inside other text.
  const leftEnglish = messages.filter((message) => message.en.split(/\s+/).length >= 3 && text.includes(message.en));
  expect(leftEnglish.map((message) => `${message.key}: ${message.en}`)).toEqual([]);
  expect(shownSpanish.length, `Spanish ${prefix} messages shown`).toBeGreaterThanOrEqual(atLeast);
}

const es = (key: string, ...args: string[]) => formatMessage(spanish as Catalog, key, args);

describe('Rapport in Spanish', () => {
  it('runs with the browser in Spanish, and its name, description and shortcut are Spanish', async () => {
    const worker = browser().serviceWorker()!;
    const answer = await worker.evaluate(() => {
      const {chrome} = globalThis as unknown as {chrome: {i18n: {getUILanguage(): string; getMessage(key: string): string}}};
      return {language: chrome.i18n.getUILanguage(), description: chrome.i18n.getMessage('extDescription'), command: chrome.i18n.getMessage('commandToggleHints')};
    });
    // Needs Debian's chromium-l10n: without it Chromium falls back to English and this names the cause.
    expect(answer.language, 'Chromium interface language (is chromium-l10n installed?)').toMatch(/^es/);
    expect(answer.description).toBe(es('extDescription'));
    expect(answer.command).toBe(es('commandToggleHints'));
  });

  it('shows the popup in Spanish, marked as Spanish', async () => {
    const page = await browser().openPopup();
    await expect.poll(() => page.locator('[role="tab"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([expect.stringMatching(/^es/), 'ltr']);
    expectSpanish(await visibleText(page), 'popup_', 3);
    for (const tab of await page.locator('[role="tab"]').all()) {
      await tab.click();
      expectSpanish(await visibleText(page), 'popup_', 2);
    }
    await screenshot(page, 'popup-es');
    await page.close();
  });

  it('shows the options page in Spanish, rule explanations included', async () => {
    const page = await browser().openOptions();
    await expect.poll(() => page.locator('h2').count()).toBeGreaterThan(2);
    const text = await visibleText(page);
    expectSpanish(text, 'options_', 10);
    expect(text).toContain(es('rule_noHedging_description'));
    expect(text).toContain(es('cadence_daily'));
    expect(await page.title()).not.toBe('');
    await screenshot(page, 'options-es');
    await page.close();
  });

  it('gives a Gmail compose its hints, buttons and suggestions in Spanish', async () => {
    const page = await browser().openFixture('gmail', 'thread-reply-and-compose.html');
    const panel = dockedPanel(page);
    await expect.poll(() => panel.count()).toBe(1);
    await typeAtStart(page, dockedBody(page), 'I think maybe we should check the invoice. ');
    const hint = panel.locator('li[data-rule-id="no-hedging"]');
    await expect.poll(() => hint.count()).toBe(1);
    expect(await hint.textContent()).toContain(es('rule_noHedging_hedge', 'I think maybe'));
    expect(await hint.textContent()).toContain(es('rule_noHedging_rationale'));
    expect(await hint.locator('button.suggest').first().textContent()).toBe(es('rule_noHedging_remove', 'I think maybe'));
    expectSpanish(await visibleText(page), 'gmail_', 2);
    await screenshot(page, 'gmail-compose-es');
    await page.close();
  });

  it('names the meeting rhythm in Spanish in the calendar banner', async () => {
    await browser().inExtensionPage((page) => writeSettings(page, {people: {
      myAddresses: [], internalDomains: [], neverAnalyse: [],
      executives: [{name: 'Dana Whitfield', email: 'dana@northwind.example'}],
      directReports: [{name: 'Priya Natarajan', email: 'priya@northwind.example'}],
    }}));
    const page = await browser().openFixture('calendar', 'week-en.html');
    const rows = page.locator('rapport-calendar-banner li');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const text = await visibleText(page);
    // One week seen: the longer rhythms can't be told yet, and the banner says which days to open, in Spanish.
    expect(text).toContain(es('cadence_weekly'));
    expect(text).toContain(es('calendar_statusUnknown'));
    expect(text).toMatch(new RegExp(es('background_cadenceUnseen', '\\d{4}-\\d{2}-\\d{2}', '\\d{4}-\\d{2}-\\d{2}').replace(/[.?]/g, '\\$&')));
    expectSpanish(text, 'calendar_', 1);
    await screenshot(page, 'calendar-banner-es');
    await page.close();
  });

  it('shows a week of data in Spanish and copies a Spanish catch-up agenda', async () => {
    const page = await browser().openOptions();
    await sendFromExtensionPage(page, 'calendar/importIcs', {text: readFileSync(join(FIXTURES, 'calendar', 'ics', 'ea-year.ics'), 'utf8')});
    await sendFromExtensionPage(page, 'commitments/track', {
      draftId: '#venue', threadId: 'thread-venue', subject: 'Q4 planning', sentAt: Date.now(), recipients: ['sam.lee@northwind.example'],
      commitments: [{sentence: "I'll confirm the venue by noon.", action: 'confirm the venue', owner: 'me', vague: false, dueAt: Date.now() - 60_000}],
      sentences: ["I'll confirm the venue by noon."], hasAttachment: false,
    });
    await page.goto(browser().extensionUrl('src/popup/index.html#/week'));
    await page.setViewportSize({width: 380, height: 560});
    const week = page.getByTestId('week-view');
    await expect.poll(() => week.isVisible()).toBe(true);
    const labels = await week.locator('.figure dt').allTextContents();
    expect(labels).toEqual(expect.arrayContaining([es('popup_figureMade'), es('popup_figureKeptOnTime')]));
    expectSpanish(await visibleText(page), 'popup_', 4);
    await screenshot(page, 'popup-week-es');

    await page.getByRole('button', {name: es('popup_copyAgenda')}).click();
    await expect.poll(() => page.getByTestId('agenda-status').textContent()).toBe(es('popup_agendaCopied'));
    const agenda = await pasteClipboard(page);
    // The Markdown is Spanish around the mail's own words, with Spanish dates.
    expect(agenda).toContain(`## ${es('popup_agendaDueThisWeek')}`);
    expect(agenda).toContain('Confirm the venue');
    expect(agenda).toMatch(new RegExp(es('popup_agendaOverdueSince', '(lun|mar|mié|jue|vie|sáb|dom)')));
    await page.close();
  });
});
