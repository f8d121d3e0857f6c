// Content-script start-up on a Gmail page with no compose open, in real Chromium with the built extension: the
// time from the first module of the content script being evaluated to its first scan done and observers set
// (the `rapport:gmail:ready` measure the script records on the page's timeline). Same for Calendar's week view.
import {RapportBrowser, type Site} from '../tests/browser/rapport-browser.ts';
import {percentile, round} from './stats.ts';

const RUNS = 15;

async function measure(browser: RapportBrowser, site: Site, fixture: string): Promise<number[]> {
  const durations: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.openFixture(site, fixture);
    const handle = await page.waitForFunction((name) => {
      const [entry] = performance.getEntriesByName(name, 'measure');
      return entry ? entry.duration : false;
    }, `rapport:${site}:ready`);
    durations.push(await handle.jsonValue() as number);
    await page.close();
  }
  return durations;
}

export async function benchContentStart(): Promise<Record<string, number>> {
  const browser = await RapportBrowser.launch();
  try {
    const gmail = await measure(browser, 'gmail', 'inbox.html');
    const calendar = await measure(browser, 'calendar', 'week-en.html');
    return {
      content_start_cold_ms: round(gmail[0]!),
      content_start_ms: round(percentile(gmail, 50)),
      content_start_p95_ms: round(percentile(gmail, 95)),
      calendar_content_start_ms: round(percentile(calendar, 50)),
    };
  } finally {
    await browser.close();
  }
}
