// Rapport's own main-thread time on Gmail, on the page's performance timeline, where `npm run bench` reads it.
// Measures are cheap (microseconds); they are cleared in batches so a long session can't grow the buffer.

const WORK = 'rapport:gmail:work';
const HINT = 'rapport:gmail:hint';
const THREAD = 'rapport:gmail:thread-read';
let recorded = 0;

function note(name: string, start: number, end = performance.now()): void {
  try {
    performance.measure(name, {start, end});
    if (++recorded > 5_000) {
      performance.clearMeasures(WORK);
      performance.clearMeasures(HINT);
      performance.clearMeasures(THREAD);
      recorded = 0;
    }
  } catch {
    // a page that replaced performance.measure: timing is optional
  }
}

/** Run `work` and record its duration as Rapport main-thread work. */
export function timed<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    note(WORK, start);
  }
}

/** Reading the open conversation, on its own measure too (`npm run bench`: thread_read_main_thread_ms). */
export function timedThreadRead<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    note(THREAD, start);
  }
}

/** From the last keystroke to hints painted. */
export function noteHintLatency(lastInputAt: number): void {
  note(HINT, lastInputAt);
}
