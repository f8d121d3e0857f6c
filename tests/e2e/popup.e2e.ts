// The popup in real Chromium: a new user's first screen; then, with promises, tone counts and a year of calendar
// seeded through the background's own messages, the three views by keyboard, acting on a commitment (the badge
// follows), copying the catch-up agenda, deep links, the full-tab layout, an axe check of every view and of the
// options page in both themes, and screenshots of each view in both themes.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {FIXTURES} from '../browser/paths.ts';
import {badgeText, mondayKey, pasteClipboard, putRecords, screenshot, sendFromExtensionPage, withRapportBrowser, writeSettings} from './with-browser.ts';

type Commitment = {id: string; action: string; status: string};
type AxeViolation = {id: string; impact: string; help: string; nodes: string[]};

const browser = withRapportBrowser();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const AXE = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's findings on the page as it stands. Extension pages forbid inline scripts (MV3's fixed CSP), so the
 * library is evaluated through the DevTools protocol rather than added as a <script> tag.
 */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = {violations: Array<{id: string; impact: string; help: string; nodes: Array<{target: string[]}>}>};
    const {axe} = globalThis as unknown as {axe: {run(): Promise<Result>}};
    const {violations} = await axe.run();
    return violations.map(({id, impact, help, nodes}) => ({id, impact, help, nodes: nodes.map((node) => node.target.join(' '))}));
  });
}

/** No axe violation in light or dark: contrast is checked against each theme's own colours. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme});
    expect(await axeViolations(page), `${what} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({colorScheme: 'light'});
}

async function screenshotBoth(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({colorScheme: 'dark'});
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({colorScheme: 'light'});
}

const badgeCount = async (page: Page) => Number(await badgeText(page) || 0);
const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"]').textContent();

const mail = (draftId: string, commitment: Record<string, unknown>, recipients = ['sam.lee@northwind.example']) => ({
  draftId, threadId: `thread-${draftId}`, subject: 'Q4 planning', sentAt: Date.now(), recipients, // now, not earlier: just after Monday 00:00 'earlier' is last week
  commitments: [{vague: false, owner: 'me', ...commitment}], sentences: [String(commitment.sentence)], hasAttachment: false,
});

describe('popup', () => {
  it('tells a new user what to do first', async () => {
    const page = await browser().openPopup();
    await expect.poll(() => page.getByTestId('welcome').isVisible()).toBe(true);
    expect(await page.getByTestId('welcome').textContent()).toContain('Say who your executive is');
    expect(await page.evaluate(() => performance.getEntriesByName('rapport:popup:ready').length)).toBe(1);
    await expectAccessible(page, 'popup, new user');
    await screenshotBoth(page, 'popup-welcome');

    await page.getByRole('tab', {name: 'Commitments'}).click();
    await expect.poll(() => page.getByTestId('commitments-empty').isVisible()).toBe(true);
    await page.close();
  });

  it('seeds promises, tone counts and a year of calendar through the background', async () => {
    const page = await browser().openOptions();
    await writeSettings(page, {
      quietHours: {start: '19:00', end: '08:00', enabled: false},
      people: {
        myAddresses: ['jordan@northwind.example'], executives: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}],
        directReports: [{email: 'marco@northwind.example', name: 'Marco Rossi'}], internalDomains: ['northwind.example'], neverAnalyse: [],
      },
    });
    await sendFromExtensionPage(page, 'calendar/importIcs', {text: readFileSync(join(FIXTURES, 'calendar', 'ics', 'ea-year.ics'), 'utf8')});
    const seeds = [
      mail('#venue', {sentence: "I'll confirm the venue by noon.", action: 'confirm the venue', dueAt: Date.now() - 60_000}),
      mail('#deck', {sentence: 'Dana will share the board deck on Wednesday.', action: 'share the board deck', owner: 'executive', ownerName: 'Dana', dueAt: Date.now() + 2 * DAY}, ['board@northwind.example']),
      mail('#lease', {sentence: "I'll look into the lease soon.", action: 'look into the lease', dueAt: null, vague: true, duePhrase: 'soon'}, ['facilities@northwind.example']),
    ];
    for (const seed of seeds) await sendFromExtensionPage(page, 'commitments/track', seed);
    const today = new Date().toLocaleDateString('en-CA', {timeZone: 'America/Chicago'});
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toLocaleDateString('en-CA', {timeZone: 'America/Chicago'});
    await sendFromExtensionPage(page, 'stats/recordTone', {day: today, counts: [
      {ruleId: 'no-shouting', tier: 'external', count: 2}, {ruleId: 'no-hedging', tier: 'executive', count: 3}, {ruleId: '_drafts', tier: 'executive', count: 4},
    ]});
    for (const [back, count] of [[7, 6], [14, 9], [21, 4], [28, 7]] as const) {
      await sendFromExtensionPage(page, 'stats/recordTone', {day: daysAgo(back), counts: [{ruleId: 'no-hedging', tier: 'internal', count}]});
    }
    // Last week's summary, as the weekly alarm stores it: This week lists it under "Previous weeks".
    await putRecords(page, 'summaries', [{weekStart: mondayKey(1), computedAt: Date.now() - 3 * DAY, summary: {
      weekStart: mondayKey(1), commitments: {made: 4, keptOnTime: 3, late: 1, open: 2, executive: {made: 1, open: 0}}, cadence: {kept: 2, of: 3},
    }}]);
    expect(await browser().readTable<Commitment>('commitments')).toHaveLength(3);
    await expect.poll(() => badgeCount(page)).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('switches views by keyboard and shows this week, with the trend as an accessible chart', async () => {
    const page = await browser().openPopup();
    await expect.poll(() => page.getByTestId('now-list').isVisible()).toBe(true);
    expect(await page.getByTestId('now-list').textContent()).toContain('Confirm the venue');
    await expectAccessible(page, 'popup, Now');
    await screenshotBoth(page, 'popup-now-list');

    // Tab lands on the selected tab (one tab stop for the list), arrows move and show the view.
    await page.getByRole('tab', {name: 'Now'}).focus();
    await page.keyboard.press('ArrowRight');
    expect(await selectedTab(page)).toBe('This week');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('This week');
    expect(new URL(page.url()).hash).toBe('#/week');
    const week = page.getByTestId('week-view');
    await expect.poll(() => week.isVisible()).toBe(true);
    const figures = await week.locator('section[aria-labelledby="week-commitments"] .figure').evaluateAll((nodes) => nodes.map((node) => `${node.querySelector('dt')!.textContent}: ${node.querySelector('dd')!.textContent}`));
    expect(figures).toEqual(['Made: 3', 'Kept on time: 0', 'Late: 1', 'Still open: 3']);
    expect(await week.textContent()).toContain('4 drafts coached, 5 tone hints');
    const chart = week.getByRole('img', {name: /Tone hints per week/});
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await week.locator('figcaption').textContent()).toMatch(/^5 tone hints this week, fewer than the average of/);
    await expect.poll(() => page.getByTestId('cadence-list').isVisible()).toBe(true);
    expect(await page.getByTestId('cadence-list').textContent()).toContain('Monthly goals and objectives');
    await expect.poll(() => page.getByTestId('past-weeks').locator('tbody tr').count()).toBe(1);
    await expectAccessible(page, 'popup, This week');
    await screenshotBoth(page, 'popup-week');

    await page.keyboard.press('ArrowRight');
    expect(await selectedTab(page)).toBe('Commitments');
    await page.keyboard.press('ArrowRight');
    expect(await selectedTab(page)).toBe('People');
    await expect.poll(() => page.getByTestId('people-view').isVisible()).toBe(true);
    await expectAccessible(page, 'popup, People');
    await page.keyboard.press('ArrowRight');
    expect(await selectedTab(page)).toBe('Now');
    await page.keyboard.press('End');
    expect(await selectedTab(page)).toBe('People');
    expect(new URL(page.url()).hash).toBe('#/people');
    await page.close();
  });

  it('copies a Markdown catch-up agenda', async () => {
    const page = await browser().openPopup();
    await page.goto(browser().extensionUrl('src/popup/index.html#/week'));
    const button = page.getByRole('button', {name: 'Copy catch-up agenda'});
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('agenda-status').textContent()).toBe('Copied as Markdown.');
    const agenda = await pasteClipboard(page);
    expect(agenda).toMatch(/^# Catch-up with Dana Whitfield: week of \w{3}, \w{3} \d+\n/);
    expect(agenda).toContain("## Open commitments made on Dana Whitfield's behalf\n\n- [ ] Share the board deck (to board@northwind.example): due ");
    expect(agenda).toMatch(/## Due this week\n\n- \[ \] Confirm the venue \(to sam\.lee@northwind\.example\): overdue since /);
    expect(agenda).not.toContain('look into the lease');
    expect(agenda).toMatch(/## Meetings to schedule\n\n- \[ \] .+\((overdue|not scheduled|due soon)\)/);
    await page.close();
  });

  it('searches, filters and acts on commitments by keyboard, and the badge follows', async () => {
    const page = await browser().openPopup();
    await page.goto(browser().extensionUrl('src/popup/index.html#/commitments'));
    const count = page.getByTestId('commitments-count');
    await expect.poll(() => count.textContent()).toBe('3 commitments');
    await expectAccessible(page, 'popup, Commitments');
    await screenshotBoth(page, 'popup-commitments');

    await page.getByRole('searchbox', {name: 'Search'}).fill('board');
    await expect.poll(() => count.textContent()).toBe('1 commitment');
    await page.getByRole('searchbox', {name: 'Search'}).fill('');
    await page.getByRole('combobox', {name: 'Person'}).selectOption('facilities@northwind.example');
    await expect.poll(() => page.getByTestId('commitment-list').textContent()).toContain('Look into the lease');
    expect(await count.textContent()).toBe('1 commitment');
    await page.getByRole('combobox', {name: 'Person'}).selectOption('');

    const before = await badgeCount(page);
    const venue = page.locator('[data-commitment-id]', {hasText: 'Confirm the venue'});
    await venue.getByRole('button', {name: 'Done'}).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => badgeCount(page)).toBe(before - 1);
    await expect.poll(() => count.textContent()).toBe('2 commitments. Marked done: confirm the venue.');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="commitment-list"]') !== null), 'focus stays in the list').toBe(true);

    await page.getByRole('combobox', {name: 'Status'}).selectOption('done');
    await expect.poll(() => count.textContent()).toBe('1 commitment');
    await venue.getByRole('button', {name: 'Reopen'}).click();
    await expect.poll(() => badgeCount(page)).toBe(before);
    const [stored] = (await browser().readTable<Commitment>('commitments')).filter((commitment) => commitment.action === 'confirm the venue');
    expect(stored!.status).toBe('open');

    await page.getByRole('combobox', {name: 'Status'}).selectOption('open');
    const deck = page.locator('[data-commitment-id]', {hasText: 'Share the board deck'});
    await deck.getByRole('button', {name: 'Dismiss'}).click();
    await expect.poll(async () => (await browser().readTable<Commitment>('commitments')).find((c) => c.action === 'share the board deck')?.status).toBe('dismissed');
    await page.close();
  });

  it('opens on a commitment or a view from a link, and lays out wider as a full tab', async () => {
    const [lease] = (await browser().readTable<Commitment>('commitments')).filter((commitment) => commitment.action === 'look into the lease');
    const page = await browser().openPopup();
    await page.goto(browser().extensionUrl(`src/popup/index.html#/commitments/${encodeURIComponent(lease!.id)}`));
    const item = page.locator(`[data-commitment-id="${lease!.id}"]`);
    await expect.poll(() => item.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await selectedTab(page)).toBe('Commitments');
    await page.goto(browser().extensionUrl('src/popup/index.html#/week'));
    await expect.poll(() => selectedTab(page)).toBe('This week');
    await page.close();

    const tab = await browser().context.newPage();
    await tab.setViewportSize({width: 1280, height: 900});
    await tab.goto(browser().extensionUrl('src/popup/index.html?tab#/week'));
    await expect.poll(() => tab.getByTestId('cadence-list').isVisible()).toBe(true);
    const mainWidth = await tab.locator('main').evaluate((element) => element.getBoundingClientRect().width);
    expect(mainWidth).toBeGreaterThan(700);
    expect(mainWidth).toBeLessThanOrEqual(960);
    expect(await tab.getByText('Open in a tab').count()).toBe(0);
    await expectAccessible(tab, 'popup as a tab, This week');
    await screenshotBoth(tab, 'popup-tab-week');
    await tab.goto(browser().extensionUrl('src/popup/index.html?tab#/commitments'));
    await expect.poll(() => tab.getByTestId('commitments-count').isVisible()).toBe(true);
    await screenshotBoth(tab, 'popup-tab-commitments');
    await tab.close();
  });

  it('options page has no accessibility violations', async () => {
    const page = await browser().openOptions();
    await expect.poll(() => page.locator('textarea').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'options');
    await page.close();
  });
});
