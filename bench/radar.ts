// The relationship radar with a year of data in real Chromium IndexedDB: 500 key people, 10,000 mails sent, 20,000
// opened, 3,000 meetings with guests and 2,000 asks and promises, on top of the store bench's year.
// radar_500_people_year_ms is what a lifecycle run pays (the background's, every send, thread read and alarm): a few
// mails since the previous run (3 sent, 5 opened, ten minutes apart), the contact book brought up to date with them,
// the radar's reads (the same the popup's People view makes) and computeRadar. radar_rebuild_ms is the rare path: the
// contact book built again from the whole year (after an import, or an undone send it already counted).
import {openSeededStorePage} from './seeded-store.ts';
import {percentile, round} from './stats.ts';
import {createYardstick, referenceEstimate} from './yardstick.ts';

type Run = {refreshMs: number; readMs: number; computeMs: number; people: number};
type BenchApi = {
  seedYear(now: number): Promise<Record<string, number>>;
  seedRadarYear(now: number): Promise<Record<string, number>>;
  radarRebuild(now: number): Promise<number>;
  radarOnce(now: number, since: number): Promise<Run>;
};
declare const rapportBench: BenchApi;

const RUNS = 20;
const REBUILDS = 5;
const BETWEEN_RUNS_MS = 10 * 60_000;

export async function benchRadar(): Promise<Record<string, number>> {
  const now = Date.now();
  const {browser, page} = await openSeededStorePage(now);
  try {
    await page.evaluate((at) => rapportBench.seedRadarYear(at), now);
    const rebuilds: number[] = [];
    for (let run = 0; run < REBUILDS; run++) rebuilds.push(await page.evaluate((at) => rapportBench.radarRebuild(at), now));
    // Each run is followed by one parse of the yardstick, so the figure and the machine's speed share the load.
    const parse = await createYardstick();
    const parses: number[] = [];
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run++) {
      const since = now + run * BETWEEN_RUNS_MS;
      runs.push(await page.evaluate(([from, at]) => rapportBench.radarOnce(at!, from!), [since, since + BETWEEN_RUNS_MS]));
      parses.push(parse());
    }
    if (runs.some((run) => run.people !== 500)) throw new Error(`the radar did not see 500 people: ${runs[0]!.people}`);
    const total = runs.map((run) => run.refreshMs + run.readMs + run.computeMs);
    const yardstick = percentile(parses, 50);
    return {
      radar_500_people_year_ms: round(percentile(total, 50)),
      compromise_parse_2000w_p50_ms: round(yardstick),
      radar_ms_reference_est: referenceEstimate(percentile(total, 50), yardstick),
      radar_500_people_year_p95_ms: round(percentile(total, 95)),
      radar_refresh_p50_ms: round(percentile(runs.map((run) => run.refreshMs), 50)),
      radar_read_p50_ms: round(percentile(runs.map((run) => run.readMs), 50)),
      radar_compute_p50_ms: round(percentile(runs.map((run) => run.computeMs), 50)),
      radar_rebuild_ms: round(percentile(rebuilds, 50)),
    };
  } finally {
    await browser.close();
  }
}

// `npx tsx bench/radar.ts` runs this group alone.
if (import.meta.url === `file://${process.argv[1]}`) console.info(await benchRadar());
