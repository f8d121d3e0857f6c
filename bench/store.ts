// The store in real Chromium IndexedDB with a year of heavy use (20,000 nudges, 5,000 commitments, 5,000 events):
// the popup's queries on open (what is due now + this week's summary) and storing one commitment.
import {openSeededStorePage} from './seeded-store.ts';
import {percentile, round} from './stats.ts';

type BenchApi = {
  seedYear(now: number): Promise<Record<string, number>>;
  popupQueries(now: number): Promise<{dueNowMs: number; summaryMs: number; due: number}>;
  storeOneCommitment(index: number, now: number): Promise<number>;
};
declare const rapportBench: BenchApi;

const QUERY_RUNS = 30;
const PUT_RUNS = 200;

export async function benchStore(): Promise<Record<string, number>> {
  const now = Date.now();
  const {browser, page} = await openSeededStorePage(now);
  try {
    const queries: Array<{dueNowMs: number; summaryMs: number}> = [];
    for (let run = 0; run < QUERY_RUNS; run++) queries.push(await page.evaluate((at) => rapportBench.popupQueries(at), now));
    const puts: number[] = [];
    for (let run = 0; run < PUT_RUNS; run++) puts.push(await page.evaluate(([index, at]) => rapportBench.storeOneCommitment(index, at), [run, now] as const));
    return {
      store_query_year_p50_ms: round(percentile(queries.map((query) => query.dueNowMs + query.summaryMs), 50)),
      store_due_now_p50_ms: round(percentile(queries.map((query) => query.dueNowMs), 50)),
      store_week_summary_p50_ms: round(percentile(queries.map((query) => query.summaryMs), 50)),
      store_put_p50_ms: round(percentile(puts, 50)),
      store_put_p95_ms: round(percentile(puts, 95)),
    };
  } finally {
    await browser.close();
  }
}
