// The machine's yardstick: how long compromise takes to parse a 2,000-word draft. Figures from machines of different
// speeds (or one machine under different loads) compare once divided by it: the reference machine reads 65 ms, so
// a figure × 65 / yardstick estimates what the reference machine would measure. bench/nlp.ts reports the same
// quantity (compromise_parse_2000w_p50_ms) on the same drafts; this module lets a group measure it beside its own
// runs, under the same load, since the machine is shared and its speed changes minute to minute.
import {makeDraft} from './nlp.ts';
import {round} from './stats.ts';

export const YARDSTICK_REFERENCE_MS = 65;
const DRAFTS = 8;

/** Returns a function that times one parse, cycling through the yardstick's drafts, after warming the parser up. */
export async function createYardstick(): Promise<() => number> {
  const nlp = (await import('compromise')).default;
  const drafts = Array.from({length: DRAFTS}, (_, index) => makeDraft(2000, 2000 + index));
  // Warm, as nlp.ts's figure is: a cold parser (lexicon load, JIT) measures start-up, not the machine's speed.
  for (const text of [...drafts, ...drafts]) nlp(text).json();
  let next = 0;
  return () => {
    const text = drafts[next++ % DRAFTS]!;
    const start = performance.now();
    nlp(text).json();
    return performance.now() - start;
  };
}

/** What a figure measured beside a yardstick of `yardstickMs` would read on the reference machine. */
export const referenceEstimate = (figureMs: number, yardstickMs: number) => round((figureMs * YARDSTICK_REFERENCE_MS) / yardstickMs, 1);
