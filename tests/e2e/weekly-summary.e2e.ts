// The weekly summary runs on a real alarm at the user's chosen day and time, stores the week's figures and says so
// in a notification. Set to the next minute, so the test waits for the browser's own alarm (up to about two minutes).
// The popup's This week view then lists the weeks summed up before this one.
import {describe, expect, it} from 'vitest';
import {englishDayLabel, mondayKey, putRecords, sendFromExtensionPage, withRapportBrowser, writeSettings} from './with-browser.ts';

const browser = withRapportBrowser();

/** Day of week (1 = Monday) and HH:MM of an instant in the test browser's time zone (America/Chicago). */
function chicagoClock(at: number): {day: number; time: string} {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Chicago', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at).map((part) => [part.type, part.value]));
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  return {day: days.indexOf(parts.weekday!) + 1, time: `${parts.hour}:${parts.minute}`};
}

describe('weekly summary', () => {
  it('is computed at the chosen time and announced', async () => {
    const page = await browser().openPopup();
    await sendFromExtensionPage(page, 'commitments/track', {
      draftId: '#weekly-1', threadId: 't-weekly', subject: 'Offsite', sentAt: Date.now(), recipients: ['kim@acme.example'],
      sentences: [], hasAttachment: false,
      commitments: [{sentence: 'I will book the venue by Friday.', action: 'book the venue', owner: 'me', dueAt: Date.now() + 86_400_000, vague: false}],
    });
    // The next whole minute at least 70 s away: Chrome fires alarms no sooner than 30 s, and on a loaded machine the
    // settings can take long enough to arrive that a nearer minute has passed and the summary moves to next week.
    const when = Math.ceil((Date.now() + 70_000) / 60_000) * 60_000;
    await writeSettings(page, {weeklySummary: chicagoClock(when), quietHours: {start: '19:00', end: '08:00', enabled: false}});

    type Summary = {weekStart: string; summary: {commitments: {made: number}}};
    await expect.poll(() => browser().readTable<Summary>('summaries'), {timeout: 200_000, interval: 2_000})
      .toEqual([expect.objectContaining({summary: expect.objectContaining({commitments: expect.objectContaining({made: 1})})})]);
    const notifications = await page.evaluate(async () => {
      const {chrome} = globalThis as unknown as {chrome: {notifications: {getAll(): Promise<Record<string, boolean>>}}};
      return Object.keys(await chrome.notifications.getAll());
    });
    expect(notifications).toContain('rapport-weekly');
    await page.close();
  }, 240_000);

  it('lists previous weeks in This week, newest first, and not this one', async () => {
    const page = await browser().openPopup();
    const [thisWeek] = await browser().readTable<{weekStart: string; summary: {cadence?: unknown}}>('summaries');
    expect(thisWeek!.weekStart).toBe(mondayKey(0));
    expect(thisWeek!.summary, 'the alarm records the rhythm (none yet: no calendar seen)').toHaveProperty('cadence', null);
    // Two weeks as earlier runs stored them: last week with its rhythm, the week before from a version without it.
    const figures = (made: number) => ({made, keptOnTime: made - 1, late: 1, open: 2, executive: {made: 0, open: 0}});
    await putRecords(page, 'summaries', [
      {weekStart: mondayKey(1), computedAt: Date.now() - 7 * 86_400_000, summary: {weekStart: mondayKey(1), commitments: figures(5), cadence: {kept: 3, of: 4}}},
      {weekStart: mondayKey(2), computedAt: Date.now() - 14 * 86_400_000, summary: {weekStart: mondayKey(2), commitments: figures(2)}},
    ]);
    await page.goto(browser().extensionUrl('src/popup/index.html#/week'));
    const table = page.getByRole('table', {name: 'Commitments and regular meetings in each previous week, newest first'});
    await expect.poll(() => table.isVisible()).toBe(true);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows).toEqual([
      [englishDayLabel(mondayKey(1)), '5', '4', '1', '2', '3 of 4'],
      [englishDayLabel(mondayKey(2)), '2', '1', '1', '2', '–not recorded'],
    ]);
    // Read as a table: each week a row header, each figure under its column's name.
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([englishDayLabel(mondayKey(1)), englishDayLabel(mondayKey(2))]);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Week of', 'Made', 'Kept on time', 'Late', 'Open', 'Meetings kept']);
    await page.close();
  });
});
