// What opening a conversation costs the page, in real Chromium: a 20-message thread (every message expanded, each
// with quoted history, as a long back-and-forth looks) replaces the one on screen, with a new thread id, as Gmail
// swaps views. Measured from Rapport's own timeline:
// - thread_read_main_thread_ms: the conversation reader's time on the main thread for that thread (headers of the 20
//   messages, the newest one's text, the request built), summed over the rescans it took; target under 5 ms;
// - thread_open_rescan_ms: all of Rapport's main-thread work in the second after the swap (the reader, composes,
//   health counts), for context.
// Each is the median of ROUNDS swaps.
import type {Page} from 'playwright-core';
import {RapportBrowser} from '../tests/browser/rapport-browser.ts';
import {percentile, round} from './stats.ts';

const ROUNDS = Number(process.env.BENCH_THREAD_ROUNDS ?? 15);
const MESSAGES = 20;

/** Replace the conversation on screen with a new 20-message one; returns when the swap was made (page time). */
function showLongThread(page: Page, round: number): Promise<number> {
  return page.evaluate(([n, count]) => {
    const list = document.querySelector('.a98 [role="list"]')!;
    const subject = document.querySelector('h2.hP')!;
    subject.setAttribute('data-legacy-thread-id', `18d00000000${String(n).padStart(5, '0')}`);
    subject.textContent = `Long thread ${n}`;
    const messages = Array.from({length: count}, (_, index) => {
      const from = index % 2 === 0 ? ['sam.lee@acme.example', 'Sam Lee'] : ['jordan@northwind.example', 'Jordan Avery'];
      const quoted = '<blockquote class="gmail_quote">Earlier words, quoted again. Could you look at the numbers?</blockquote>'.repeat(Math.min(index, 5));
      return `<div class="h7" role="listitem"><div class="adn ads" data-message-id="#msg-f:${n}${String(index).padStart(4, '0')}" data-legacy-message-id="18d${n}${index}">
        <table><tbody><tr><td class="gF"><span class="gD" email="${from[0]}" name="${from[1]}">${from[1]}</span></td>
        <td class="gH"><div class="gK"><span class="g3" title="Mon, Nov ${1 + (index % 28)}, 2026, 9:${String(10 + index).padStart(2, '0')} AM">Nov ${1 + (index % 28)}</span></div></td></tr></tbody></table>
        <div class="hb">to <span class="g2" email="jordan@northwind.example" name="Jordan Avery">me</span>, <span class="g2" email="dana@northwind.example" name="Dana Whitfield">Dana</span></div>
        <div class="ii gt"><div class="a3s aiL"><div dir="ltr">Hi, message ${index} of the thread. Could you send me the plan by Friday? I will share the notes on Monday.<br><br>Thanks</div>
        <div class="gmail_signature">Sam Lee<br>Acme</div><div class="adL"><div class="gmail_quote">${quoted}</div></div></div></div><div class="ip"></div></div></div>`;
    });
    const at = performance.now();
    list.innerHTML = messages.join('');
    return at;
  }, [round, MESSAGES] as const);
}

const measuresSince = (page: Page, name: string, since: number) => page.evaluate(([measure, from]) =>
  performance.getEntriesByName(measure).filter((entry) => entry.startTime >= from).reduce((sum, entry) => sum + entry.duration, 0), [name, since] as const);

export async function benchThreadRead(): Promise<Record<string, number>> {
  const browser = await RapportBrowser.launch();
  try {
    const page = await browser.openFixture('gmail', 'thread-conversation.html');
    await page.waitForSelector('.ip rapport-compose-panel');
    await page.waitForTimeout(1_000); // the first reading of the fixture's own thread is done
    const reader: number[] = [];
    const rescans: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const since = await showLongThread(page, round);
      await page.waitForTimeout(1_000);
      reader.push(await measuresSince(page, 'rapport:gmail:thread-read', since));
      rescans.push(await measuresSince(page, 'rapport:gmail:work', since));
    }
    return {
      thread_read_messages: MESSAGES,
      thread_read_main_thread_ms: round(percentile(reader, 50), 3),
      thread_read_main_thread_ms_max: round(Math.max(...reader), 3),
      thread_open_rescan_ms: round(percentile(rescans, 50), 3),
    };
  } finally {
    await browser.close();
  }
}
