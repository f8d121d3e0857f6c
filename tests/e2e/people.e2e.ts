// The popup's People view on the real background and store: key people from who-is-who and from the user's own
// choice, seeded as a backup file would bring them (sent and received mail, meetings, asks and promises), shown by
// need, searched, a suggested person added on click, an ask marked done with the keyboard, an interval changed, a
// person removed; the This week view and its agenda say the same in short.
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {screenshot, sendFromExtensionPage, withRapportBrowser, writeSettings} from './with-browser.ts';

const browser = withRapportBrowser();
const DAY = 86_400_000;

type KeyPerson = {email: string; group: string; everyDays?: number};
type OwedItem = {id: string; status: string; closedHow?: string};
type Nudge = {id: string; kind: string; status: string};

function radarExport(now: number): string {
  const owed = (id: string, email: string, name: string, direction: string, at: number, dueAt: number | null, sentence: string) => ({
    id, direction, email, name, sentence, at, dueAt, threadId: `thread-${id}`, messageId: `msg-${id}`, status: 'open',
  });
  const sent = (index: number, recipients: string[], daysAgo: number) => ({draftId: `#sent-${index}`, threadId: `t-${index}`, sentAt: now - daysAgo * DAY, recipients});
  return JSON.stringify({
    format: 'rapport-export', schemaVersion: 5, exportedAt: new Date(now).toISOString(),
    tables: {
      keyPeople: [{email: 'kim@acme.example', name: 'Kim Ito', group: 'external', addedAt: now - 60 * DAY}],
      sentMails: [
        sent(1, ['kim@acme.example'], 20), sent(2, ['dana@northwind.example'], 2),
        // Sam is written to often and is not key: a suggestion. The newsletter only ever writes: never suggested.
        ...[3, 4, 5, 6].map((index) => sent(index, ['sam.ortiz@globex.example'], index)),
      ],
      receivedMails: [
        {messageId: 'r1', threadId: 't-r1', from: 'priya@northwind.example', name: 'Priya Raman', at: now - 3 * DAY},
        ...[1, 2, 3, 4].map((index) => ({messageId: `news-${index}`, threadId: null, from: 'news@list.example', name: 'News', at: now - index * DAY})),
      ],
      // A meeting with Kim in a minute: the Now view prepares it.
      events: [{
        id: 'vendor-sync', title: 'Vendor sync', start: new Date(now + 60_000).toISOString(), end: new Date(now + 1_860_000).toISOString(), allDay: false,
        timeZone: 'UTC', recurring: false, cancelled: false, declined: false, source: 'dom', attendees: [{email: 'kim@acme.example', name: 'Kim Ito'}],
      }],
      owedItems: [
        owed('ask-kim', 'kim@acme.example', 'Kim Ito', 'asked-of-me', now - 6 * DAY, null, 'Could you send me the signed SOW?'),
        owed('promise-priya', 'priya@northwind.example', 'Priya Raman', 'promised-to-me', now - 5 * DAY, now - DAY, "I'll have the budget to you Monday."),
      ],
    },
  });
}

async function seed(page: Page): Promise<void> {
  await writeSettings(page, {
    people: {
      myAddresses: ['jordan@northwind.example'], executives: [{email: 'dana@northwind.example', name: 'Dana Whitfield'}],
      directReports: [{email: 'priya@northwind.example', name: 'Priya Raman'}], internalDomains: ['northwind.example'], neverAnalyse: [],
    },
    quietHours: {start: '19:00', end: '08:00', enabled: false},
  });
  // A backup file, imported as the options page does it: in pieces, then committed.
  await sendFromExtensionPage(page, 'data/importPiece', {importId: 'people', index: 0, text: radarExport(Date.now())});
  await sendFromExtensionPage(page, 'data/importCommit', {importId: 'people', pieces: 1});
}

const cards = (page: Page) => page.locator('[data-testid="people-list"] > li');
const card = (page: Page, email: string) => page.locator(`li[data-person="${email}"]`);

describe('the People view', () => {
  it('shows every key person by need, with last contact, status and what is owed both ways', async () => {
    const setup = await browser().openPopup();
    await seed(setup);
    // The background's radar run keeps the contact book (derived, in the store): addresses, times and counts, no text;
    // the popup reads it rather than a year of mail, and storage.local holds no copy.
    type ContactRow = {email: string; lastKind: string; sentOrMet: number};
    await expect.poll(async () => (await browser().readTable<ContactRow>('contacts')).length).toBe(5);
    const book = await browser().readTable<ContactRow>('contacts');
    expect(book.map((row) => `${row.lastKind} ${row.email} ${row.sentOrMet}`).sort()).toEqual([
      'received news@list.example 0', 'received priya@northwind.example 0', 'sent dana@northwind.example 1', 'sent kim@acme.example 1',
      'sent sam.ortiz@globex.example 4',
    ]);
    expect(JSON.stringify(book)).not.toContain('SOW');
    expect(await setup.evaluate(async () => {
      const {chrome} = globalThis as unknown as {chrome: {storage: {local: {get(key: null): Promise<Record<string, unknown>>}}}};
      return Object.keys(await chrome.storage.local.get(null));
    })).not.toContain('radarContactSummary');
    await setup.close();

    const page = await browser().context.newPage();
    await page.setViewportSize({width: 380, height: 560});
    await page.goto(browser().extensionUrl('src/popup/index.html#/people'));
    await expect.poll(() => page.getByRole('tab', {name: 'People'}).getAttribute('aria-selected')).toBe('true');
    // Kim's ask has waited too long, Priya's promise is past its day, Dana is fine.
    await expect.poll(() => cards(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-person'))))
      .toEqual(['kim@acme.example', 'priya@northwind.example', 'dana@northwind.example']);
    expect(await page.getByTestId('people-count').textContent()).toBe('3 key people');

    const kim = card(page, 'kim@acme.example');
    const kimText = await kim.textContent();
    expect(kimText).toContain('Outside the company · kim@acme.example');
    expect(kimText).toMatch(/You wrote on \w{3}, \w{3} \d+ · Overdue by 6 days \(every 14 days\)/);
    expect(await kim.locator('[data-owed-id="ask-kim"]').textContent()).toMatch(/Could you send me the signed SOW\?Late · Asked/);
    expect(await kim.getByRole('link', {name: 'Write'}).getAttribute('href')).toBe('https://mail.google.com/mail/?view=cm&fs=1&to=kim%40acme.example');
    const schedule = new URL((await kim.getByRole('link', {name: 'Schedule'}).getAttribute('href'))!);
    expect(Object.fromEntries(schedule.searchParams)).toEqual({action: 'TEMPLATE', text: 'Catch-up with Kim Ito', add: 'kim@acme.example'});
    expect(await kim.getByRole('group', {name: 'Actions for Kim Ito'}).count()).toBe(1);

    const priya = card(page, 'priya@northwind.example');
    expect(await priya.textContent()).toContain('Direct report · priya@northwind.example');
    expect(await priya.textContent()).toContain('You read their mail on');
    expect(await priya.locator('[data-owed-id="promise-priya"]').textContent()).toMatch(/budget to you Monday\.Late · For .*Overdue by 1 day/);
    // Who-is-who's people stay key: no Remove for them.
    expect(await priya.getByRole('button', {name: 'Remove from key people'}).count()).toBe(0);
    expect(await card(page, 'dana@northwind.example').textContent()).toContain('You wrote on');
    await screenshot(page, 'popup-people');
    await page.close();
  });

  it('searches by name or address and offers everyone back when nothing matches', async () => {
    const page = await browser().openPopup();
    await page.goto(browser().extensionUrl('src/popup/index.html#/people'));
    const search = page.getByRole('searchbox');
    await search.fill('RAMAN');
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await cards(page).first().getAttribute('data-person')).toBe('priya@northwind.example');
    expect(await page.getByTestId('people-count').textContent()).toBe('1 key person');
    await search.fill('acme.example');
    await expect.poll(() => cards(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-person')))).toEqual(['kim@acme.example']);
    await search.fill('nobody at all');
    await page.getByRole('button', {name: 'Show everyone'}).click();
    await expect.poll(() => cards(page).count()).toBe(3);
    await page.close();
  });

  it('adds a suggested person only on Add, then changes their interval and removes them', async () => {
    const page = await browser().openPopup();
    await page.goto(browser().extensionUrl('src/popup/index.html#/people'));
    const suggestions = page.getByTestId('people-suggestions');
    await expect.poll(() => suggestions.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-suggestion'))))
      .toEqual(['sam.ortiz@globex.example']);
    expect(await suggestions.textContent()).toContain('4 mails and meetings');
    expect((await browser().readTable<KeyPerson>('keyPeople')).map((person) => person.email)).toEqual(['kim@acme.example']);

    await suggestions.getByRole('button', {name: 'Add sam.ortiz@globex.example'}).click();
    const sam = card(page, 'sam.ortiz@globex.example');
    await expect.poll(() => sam.count()).toBe(1);
    await expect.poll(() => sam.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByTestId('people-count').textContent()).toBe('4 key people. Added sam.ortiz@globex.example.');
    expect(await page.getByTestId('people-suggestions').count()).toBe(0);
    expect(await browser().readTable<KeyPerson>('keyPeople')).toContainEqual(expect.objectContaining({email: 'sam.ortiz@globex.example', group: 'external'}));
    expect(await sam.textContent()).toContain('You wrote on');

    await sam.getByText('Group and interval').click();
    await sam.getByRole('combobox', {name: /^Keep in touch/}).selectOption('7');
    await expect.poll(async () => (await browser().readTable<KeyPerson>('keyPeople')).find((person) => person.email === 'sam.ortiz@globex.example')?.everyDays).toBe(7);
    await expect.poll(() => sam.textContent()).toContain('every 7 days');
    await sam.getByRole('combobox', {name: /^Group/}).selectOption('internal');
    await expect.poll(() => sam.textContent()).toContain('Colleague · sam.ortiz@globex.example');

    await sam.getByRole('button', {name: 'Remove from key people'}).click();
    await expect.poll(() => sam.count()).toBe(0);
    expect((await browser().readTable<KeyPerson>('keyPeople')).map((person) => person.email)).toEqual(['kim@acme.example']);
    // Removed, they are a suggestion again: never gone for good by one click.
    await expect.poll(() => page.getByTestId('people-suggestions').count()).toBe(1);
    await page.close();
  });

  it('marks an ask done from the keyboard: it closes by the user\'s hand, its nudge resolves, the focus stays on the person', async () => {
    const before = await browser().readTable<Nudge>('nudges');
    expect(before.find((nudge) => nudge.kind === 'ask-waiting')).toMatchObject({id: 'ask-waiting:ask-kim', status: 'active'});
    const page = await browser().openPopup();
    await page.goto(browser().extensionUrl('src/popup/index.html#/people'));
    const kim = card(page, 'kim@acme.example');
    await kim.getByRole('button', {name: 'Done: Could you send me the signed SOW?'}).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => kim.locator('[data-owed-id="ask-kim"]').count()).toBe(0);
    await expect.poll(() => kim.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByTestId('people-count').textContent()).toBe('3 key people. Marked done: Could you send me the signed SOW.');
    expect((await browser().readTable<OwedItem>('owedItems')).find((item) => item.id === 'ask-kim')).toMatchObject({status: 'closed', closedHow: 'user'});
    await expect.poll(async () => (await browser().readTable<Nudge>('nudges')).find((nudge) => nudge.id === 'ask-waiting:ask-kim')?.status).toBe('done');
    // No longer an ask waiting: Priya's late promise now comes first.
    await expect.poll(() => cards(page).first().getAttribute('data-person')).toBe('priya@northwind.example');
    await page.close();
  });

  it('gives This week a short relationships section', async () => {
    const page = await browser().openPopup();
    await page.goto(browser().extensionUrl('src/popup/index.html#/week'));
    const section = page.getByTestId('week-relationships');
    await expect.poll(() => section.locator('dd').allTextContents()).toEqual(['1', '0', '1']);
    expect(await section.textContent()).toContain('Kim Ito: last contact');
    expect(await section.textContent()).toContain('Priya Raman promised: “I\'ll have the budget to you Monday.”');
    await page.close();
  });

  it('prepares the Now view for today\'s meeting with a key person: what they asked is there', async () => {
    const page = await browser().openOptions();
    await seed(page);
    await page.close();
    const popup = await browser().openPopup();
    const prep = popup.getByTestId('todays-prep');
    await expect.poll(() => prep.count()).toBe(1);
    const text = await prep.textContent();
    expect(text).toContain("Before today's meetings");
    expect(text).toContain('Vendor sync');
    expect(text).toContain('Kim Ito');
    expect(text).toContain('They asked youCould you send me the signed SOW?');
    await popup.close();
  });
});
