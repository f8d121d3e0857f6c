// Typing in Gmail with Rapport, in real Chromium: a 2,000-word draft, then typing at 8 characters a second for a
// minute (BENCH_TYPING_SECONDS to change). Reads Rapport's own measures from the page's timeline:
// rapport:gmail:work (each piece of main-thread work) and rapport:gmail:hint (last keystroke to hints painted).
import {RapportBrowser} from '../tests/browser/rapport-browser.ts';
import {percentile, round} from './stats.ts';

const SECONDS = Number(process.env.BENCH_TYPING_SECONDS ?? 60);
const KEY_INTERVAL_MS = 125;
const SENTENCE = 'We will review the budget with the finance team and send the final numbers to the board by Friday. ';

type Timeline = {work: Array<[number, number]>; hints: number[]; longTasks: Array<[number, number]>; keys: number[]};

export async function benchTyping(): Promise<Record<string, number>> {
  const browser = await RapportBrowser.launch();
  try {
    const page = await browser.openFixture('gmail', 'thread-reply-and-compose.html');
    await page.waitForSelector('.dw rapport-compose-panel');
    // A restored 2,000-word draft, as Gmail renders one: a div per paragraph.
    await page.locator('.dw div[g_editable="true"]').evaluate((body, sentence) => {
      body.innerHTML = Array.from({length: 40}, () => `<div>${sentence.repeat(3)}</div>`).join('');
    }, SENTENCE);
    await page.evaluate(() => {
      const state = window as unknown as {rapportLongTasks: Array<[number, number]>; rapportKeys: number[]};
      state.rapportLongTasks = [];
      state.rapportKeys = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.rapportLongTasks.push([entry.startTime, entry.duration]);
      }).observe({type: 'longtask'});
      document.addEventListener('keydown', () => state.rapportKeys.push(performance.now()), true);
    });
    const body = page.locator('.dw div[g_editable="true"]');
    await body.focus();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(1_000); // let the first full analysis of the restored draft settle
    await page.evaluate(() => performance.clearMeasures());
    const keys = Math.round((SECONDS * 1000) / KEY_INTERVAL_MS);
    const text = 'Sorry to bother you, but I just need the deck ASAP. I will get back to you soon. '.repeat(20).slice(0, keys);
    await page.keyboard.type(text, {delay: KEY_INTERVAL_MS});
    await page.waitForTimeout(500);

    const timeline = await page.evaluate((): Timeline => {
      const state = window as unknown as {rapportLongTasks: Array<[number, number]>; rapportKeys: number[]};
      return {
        work: performance.getEntriesByName('rapport:gmail:work').map((entry) => [entry.startTime, entry.duration]),
        hints: performance.getEntriesByName('rapport:gmail:hint').map((entry) => entry.duration),
        longTasks: state.rapportLongTasks,
        keys: state.rapportKeys,
      };
    });
    // Rapport's main-thread time per keystroke: all its work between one key and the next.
    const perKey = timeline.keys.map((at, index) => {
      const next = timeline.keys[index + 1] ?? Infinity;
      return timeline.work.filter(([start]) => start >= at && start < next).reduce((sum, [, duration]) => sum + duration, 0);
    });
    const overlapsRapport = ([start, duration]: [number, number]) =>
      timeline.work.some(([workStart, workDuration]) => workStart < start + duration && workStart + workDuration > start);
    return {
      typing_keys: timeline.keys.length,
      typing_long_tasks: timeline.longTasks.filter(overlapsRapport).length + timeline.work.filter(([, duration]) => duration > 50).length,
      typing_long_tasks_any_cause: timeline.longTasks.length,
      typing_ms_per_key_p50: round(percentile(perKey, 50), 3),
      typing_ms_per_key_p95: round(percentile(perKey, 95), 3),
      hint_latency_p50_ms: round(percentile(timeline.hints, 50)),
      hint_latency_p95_ms: round(percentile(timeline.hints, 95)),
    };
  } finally {
    await browser.close();
  }
}
