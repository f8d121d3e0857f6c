// The popup's first meaningful paint with a year of heavy use, in real Chromium with the built extension: from the
// popup document's navigation start to the `rapport:popup:ready` mark, set when the Now list (or its empty state)
// has rendered from the store. The year goes into the real 'rapport' database the way a user's backup would: as an
// export file through the background's 'data/importPiece' and 'data/importCommit'.
// Each popup opening is followed by one parse of the yardstick (bench/yardstick.ts), so the two are measured under the
// same load, and popup_ready_ms_reference_est says what the reference machine would read (its target is < 150 ms).
import type {Page} from 'playwright-core';
import {buildIfStale} from '../tests/browser/build.ts';
import {RapportBrowser} from '../tests/browser/rapport-browser.ts';
import {percentile, round} from './stats.ts';
import {createYardstick, referenceEstimate} from './yardstick.ts';
import {radarWhoIsWho, radarYear} from './pages/radar-year.ts';

const RUNS = 20;
const DAY = 86_400_000;
const READY_MARK = 'rapport:popup:ready';
const TIERS = ['executive', 'internal', 'external'];
const RULES = ['no-shouting', 'no-hedging', 'no-harsh-wording', 'no-over-apology', 'require-sign-off'];

/** A year of an EA's data in export format: 5,000 commitments, 20,000 nudges, 5,000 events, daily tone counts. */
export function yearExport(now: number): string {
  const start = now - 365 * DAY;
  const spread = (index: number, count: number) => start + Math.floor((index * 365 * DAY) / count);
  const commitments = Array.from({length: 5_000}, (_, index) => {
    const createdAt = spread(index, 5_000);
    const open = index % 12 === 0;
    return {
      id: `c-year-${index}`, draftId: `#msg-year-${index}`, threadId: `year-thread-${index % 2_000}`, subject: `Project ${index % 300} follow-up`,
      sentence: `I'll send the update on project ${index % 300} by Thursday.`, action: `send the update on project ${index % 300}`,
      owner: index % 6 === 0 ? 'executive' : 'me', ...(index % 6 === 0 ? {ownerName: 'Dana'} : {}),
      counterparts: [`person${index % 80}@northwind.example`], createdAt, dueAt: index % 5 === 0 ? null : createdAt + 2 * DAY, vague: false,
      status: open ? 'open' : 'done', ...(open ? {} : {closedAt: createdAt + DAY, closedHow: 'delivered'}),
    };
  });
  const nudges = Array.from({length: 20_000}, (_, index) => {
    const surfaceAt = spread(index, 20_000);
    const active = index % 40 === 0; // the ones never acted on: a year of neglect, the heaviest Now list
    return {
      id: `commitment-due:c-year-${index}`, kind: 'commitment-due', subjectId: `c-year-${index % 5_000}`, title: {own: `Send the update on project ${index % 300}`},
      detail: {own: 'Promised to a colleague.'}, createdAt: surfaceAt, surfaceAt, dueAt: surfaceAt + DAY, status: active ? 'active' : 'done',
      ...(active ? {} : {resolvedAt: surfaceAt + DAY}),
    };
  });
  const events = Array.from({length: 5_000}, (_, index) => {
    const begins = spread(index, 5_000);
    return {
      id: `year-event-${index}`, title: index % 5 === 0 ? 'Weekly catch-up' : `Meeting ${index}`, start: new Date(begins).toISOString(),
      end: new Date(begins + 30 * 60_000).toISOString(), allDay: false, timeZone: 'America/Chicago', recurring: false, cancelled: false,
      declined: false, source: 'dom',
    };
  });
  const toneStats = Array.from({length: 365}, (_, day) => new Date(start + day * DAY).toISOString().slice(0, 10)).flatMap((day, dayIndex) =>
    [...RULES, '_drafts'].flatMap((ruleId) => TIERS.map((tier) => ({day, ruleId, tier, count: 1 + ((dayIndex + ruleId.length) % 4)}))));
  // And a year of relationships (the People view's): 500 key people, mail sent and opened, meetings with guests.
  const radar = radarYear(now);
  return JSON.stringify({
    format: 'rapport-export', schemaVersion: 5, exportedAt: new Date(now).toISOString(),
    tables: {commitments, nudges, toneStats, ...radar, events: [...events, ...radar.events]},
  });
}

/** Say who the executive is (as the options page would) and import the year through the background. */
async function seed(page: Page, text: string): Promise<void> {
  const reply = await page.evaluate(async ({exported, who}) => {
    type Chrome = {
      storage: {sync: {set(items: object): Promise<void>}};
      runtime: {sendMessage(message: unknown): Promise<{ok: boolean; error?: string} | undefined>};
    };
    const {chrome} = globalThis as unknown as {chrome: Chrome};
    await chrome.storage.sync.set({'settings.people': {
      myAddresses: [], executives: who.executives, directReports: who.directReports, internalDomains: ['northwind.example'], neverAnalyse: [],
    }});
    // The file is about 9 MB: one piece is under the 64 MB message cap (the options page cuts 4M-character pieces).
    const piece = await chrome.runtime.sendMessage({rapport: 1, name: 'data/importPiece', request: {importId: 'bench', index: 0, text: exported}});
    if (!piece?.ok) return piece;
    return chrome.runtime.sendMessage({rapport: 1, name: 'data/importCommit', request: {importId: 'bench', pieces: 1}});
  }, {exported: text, who: radarWhoIsWho});
  if (!reply?.ok) throw new Error(`data/importCommit failed: ${JSON.stringify(reply)}`);
}

/** Open the popup at `hash` in a fresh page, as the toolbar button does, and read when it was ready. */
async function readyTime(browser: RapportBrowser, hash = ''): Promise<number> {
  const page: Page = await browser.context.newPage();
  try {
    await page.setViewportSize({width: 380, height: 560});
    await page.goto(browser.extensionUrl(`src/popup/index.html${hash}`));
    const handle = await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? false, READY_MARK);
    return await handle.jsonValue() as number;
  } finally {
    await page.close();
  }
}

export async function benchPopup(): Promise<Record<string, number>> {
  const browser = await RapportBrowser.launch({extensionDir: buildIfStale()});
  try {
    await browser.inExtensionPage((page) => seed(page, yearExport(Date.now())));
    const parse = await createYardstick();
    const now: number[] = [];
    const parses: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      now.push(await readyTime(browser));
      parses.push(parse());
    }
    const week: number[] = [];
    for (let run = 0; run < RUNS / 2; run++) week.push(await readyTime(browser, '#/week'));
    const ready = percentile(now, 50);
    const yardstick = percentile(parses, 50);
    const people: number[] = [];
    for (let run = 0; run < RUNS / 2; run++) people.push(await readyTime(browser, '#/people'));
    return {
      popup_ready_cold_ms: round(now[0]!),
      popup_ready_ms: round(ready),
      popup_ready_p95_ms: round(percentile(now, 95)),
      popup_week_ready_ms: round(percentile(week, 50)),
      compromise_parse_2000w_p50_ms: round(yardstick),
      popup_ready_ms_reference_est: referenceEstimate(ready, yardstick),
      popup_people_ready_ms: round(percentile(people, 50)),
    };
  } finally {
    await browser.close();
  }
}

// `npx tsx bench/popup.ts` runs this group alone.
if (import.meta.url === `file://${process.argv[1]}`) console.info(await benchPopup());
