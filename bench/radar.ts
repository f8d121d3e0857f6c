// The relationship radar with a year of data in real Chromium IndexedDB: 500 key people, 10,000 mails sent, 20,000
// opened, 3,000 meetings with guests and 2,000 asks and promises, on top of the store bench's year. The figure is
// what the background's lifecycle run and the popup's People view both pay: the store's reads (radarData) plus
// computeRadar.
import {openSeededStorePage} from './seeded-store.ts';
import {percentile, round} from './stats.ts';

type BenchApi = {
  seedYear(now: number): Promise<Record<string, number>>;
  seedRadarYear(now: number): Promise<Record<string, number>>;
  radarOnce(now: number): Promise<{readMs: number; computeMs: number; people: number}>;
};
declare const rapportBench: BenchApi;

const RUNS = 20;

export async function benchRadar(): Promise<Record<string, number>> {
  const now = Date.now();
  const {browser, page} = await openSeededStorePage(now);
  try {
    await page.evaluate((at) => rapportBench.seedRadarYear(at), now);
    const runs: Array<{readMs: number; computeMs: number; people: number}> = [];
    for (let run = 0; run < RUNS; run++) runs.push(await page.evaluate((at) => rapportBench.radarOnce(at), now));
    if (runs.some((run) => run.people !== 500)) throw new Error(`the radar did not see 500 people: ${runs[0]!.people}`);
    return {
      radar_500_people_year_ms: round(percentile(runs.map((run) => run.readMs + run.computeMs), 50)),
      radar_500_people_year_p95_ms: round(percentile(runs.map((run) => run.readMs + run.computeMs), 95)),
      radar_read_p50_ms: round(percentile(runs.map((run) => run.readMs), 50)),
      radar_compute_p50_ms: round(percentile(runs.map((run) => run.computeMs), 50)),
    };
  } finally {
    await browser.close();
  }
}

// `npx tsx bench/radar.ts` runs this group alone.
if (import.meta.url === `file://${process.argv[1]}`) console.info(await benchRadar());
