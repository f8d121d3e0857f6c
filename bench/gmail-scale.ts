// Rapport on a page the size of Gmail, in real Chromium. The thread fixture grows to Gmail's scale (a 100-row thread
// list, a chat roster, labels: over 5,000 nodes), and the page keeps changing away from the compose the way Gmail's
// does (counters, presence dots, rows re-rendered), over 200 mutations a second. Measured from Rapport's own timeline
// (rapport:gmail:work, every piece of its main-thread work, page-wide rescans included):
// - page_churn_main_thread_ms_per_s: Rapport's main-thread time per second while the page churns and nobody types;
// - typing_gmail_scale_ms_per_key_p95: its time per keystroke while typing at 8 characters a second on that page;
// - hint latency on that page, to after paint.
import type {Page} from 'playwright-core';
import {RapportBrowser} from '../tests/browser/rapport-browser.ts';
import {percentile, round} from './stats.ts';

const CHURN_SECONDS = Number(process.env.BENCH_CHURN_SECONDS ?? 10);
const TYPING_SECONDS = Number(process.env.BENCH_TYPING_SECONDS ?? 30);
const KEY_INTERVAL_MS = 125;

/** Grow the fixture to Gmail's size and start the churn; returns the page's node count. */
function growAndChurn(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.querySelector('.AO')!;
    const list = document.createElement('table');
    list.className = 'F cf zt';
    list.setAttribute('role', 'grid');
    const rows = Array.from({length: 100}, (_, index) => `<tr class="zA zE" role="row"><td class="oZ-x3 xY"><div role="checkbox" aria-checked="false"></div></td>
      <td class="apU xY"><span class="aXw T-KT" role="button" aria-label="Star"></span></td>
      <td class="yX xY"><div class="yW"><span class="bA4"><span class="zF" email="p${index}@example.com" name="Person ${index}">Person ${index}</span></span></div></td>
      <td class="xY a4W"><div class="xS"><div class="xT"><div class="y6"><span class="bog"><span>Subject line ${index}</span></span></div><span class="y2"> - preview text of the message number ${index} in the list</span></div></div></td>
      <td class="xW xY"><span title="Mon, Nov 23, 2026, 8:0${index % 10} AM"><span>8:0${index % 10} AM</span></span></td></tr>`).join('');
    list.innerHTML = `<tbody>${rows.repeat(3)}</tbody>`;
    main.prepend(list);
    const roster = document.createElement('div');
    roster.className = 'aeN fixture-roster';
    roster.innerHTML = Array.from({length: 300}, (_, index) =>
      `<div class="TO" role="treeitem"><div class="TN"><span class="nU"><a href="#label/L${index}">Label ${index}</a></span><span class="bsU">${index}</span><span class="presence" data-on="0"></span></div></div>`).join('');
    document.body.append(roster);

    // Gmail-like churn, away from the compose: counters tick, presence dots flip, list rows are re-rendered.
    const counters = [...roster.querySelectorAll('.bsU')];
    const dots = [...roster.querySelectorAll('.presence')];
    const rowElements = [...list.querySelectorAll('tr')];
    const state = window as unknown as {rapportMutations: number};
    state.rapportMutations = 0;
    let tick = 0;
    setInterval(() => {
      for (let n = 0; n < 4; n++) {
        tick++;
        counters[tick % counters.length]!.textContent = String(tick);
        dots[(tick * 7) % dots.length]!.setAttribute('data-on', String(tick % 2));
        const row = rowElements[tick % rowElements.length]!;
        row.replaceWith(row.cloneNode(true));
        rowElements[tick % rowElements.length] = list.querySelectorAll('tr')[tick % rowElements.length]!;
        state.rapportMutations += 3;
      }
    }, 10);
    return document.getElementsByTagName('*').length;
  });
}

const workSince = (page: Page, since: number) => page.evaluate((from) =>
  performance.getEntriesByName('rapport:gmail:work').filter((entry) => entry.startTime >= from).map((entry) => [entry.startTime, entry.duration] as [number, number]), since);

export async function benchGmailScale(): Promise<Record<string, number>> {
  const browser = await RapportBrowser.launch();
  try {
    const page = await browser.openFixture('gmail', 'thread-reply-and-compose.html');
    await page.waitForSelector('.dw rapport-compose-panel');
    const nodes = await growAndChurn(page);
    await page.waitForTimeout(1_000); // let the first rescans of the grown page settle

    // Churn alone: nobody types.
    const [churnStart, mutationsBefore] = await page.evaluate(() => [performance.now(), (window as unknown as {rapportMutations: number}).rapportMutations]);
    await page.waitForTimeout(CHURN_SECONDS * 1000);
    const [churnEnd, mutationsAfter] = await page.evaluate(() => [performance.now(), (window as unknown as {rapportMutations: number}).rapportMutations]);
    const churnWork = (await workSince(page, churnStart)).filter(([start]) => start < churnEnd);
    const churnSeconds = (churnEnd - churnStart) / 1000;

    // Typing on the churning page.
    await page.evaluate(() => {
      const state = window as unknown as {rapportKeys: number[]};
      state.rapportKeys = [];
      document.addEventListener('keydown', () => state.rapportKeys.push(performance.now()), true);
    });
    const body = page.locator('.dw div[g_editable="true"]');
    await body.focus();
    await page.keyboard.press('Control+End');
    const typingStart = await page.evaluate(() => {
      performance.clearMeasures('rapport:gmail:hint');
      return performance.now();
    });
    const keys = Math.round((TYPING_SECONDS * 1000) / KEY_INTERVAL_MS);
    const text = 'Sorry to bother you, but I just need the deck ASAP. I will get back to you soon. '.repeat(20).slice(0, keys);
    await page.keyboard.type(text, {delay: KEY_INTERVAL_MS});
    await page.waitForTimeout(500);
    const work = await workSince(page, typingStart);
    const {keyTimes, hints} = await page.evaluate(() => ({
      keyTimes: (window as unknown as {rapportKeys: number[]}).rapportKeys,
      hints: performance.getEntriesByName('rapport:gmail:hint').map((entry) => entry.duration),
    }));
    const perKey = keyTimes.map((at, index) => {
      const next = keyTimes[index + 1] ?? at + KEY_INTERVAL_MS;
      return work.filter(([start]) => start >= at && start < next).reduce((sum, [, duration]) => sum + duration, 0);
    });
    return {
      gmail_scale_nodes: nodes,
      page_churn_mutations_per_s: round((mutationsAfter! - mutationsBefore!) / churnSeconds),
      page_churn_main_thread_ms_per_s: round(churnWork.reduce((sum, [, duration]) => sum + duration, 0) / churnSeconds, 3),
      typing_gmail_scale_ms_per_key_p50: round(percentile(perKey, 50), 3),
      typing_gmail_scale_ms_per_key_p95: round(percentile(perKey, 95), 3),
      hint_latency_gmail_scale_p50_ms: round(percentile(hints, 50)),
      hint_latency_gmail_scale_p95_ms: round(percentile(hints, 95)),
    };
  } finally {
    await browser.close();
  }
}
