import {guarded} from './report-error.ts';

/**
 * Calls `rescan` after the page changes, at most once per `intervalMs`, plus once on SPA navigation.
 * One observer per page: the callback only schedules, so Gmail's own mutations (every keystroke in a compose is one)
 * cost next to nothing. Stops when `signal` aborts. `time` wraps Rapport's work for the page's performance timeline.
 */
export function watchPage(rescan: () => void, signal: AbortSignal, intervalMs = 250, time: (work: () => void) => void = (work) => work()): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  const run = guarded('page-watch', () => {
    timer = undefined;
    lastRun = performance.now();
    rescan();
  });
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    const wait = Math.max(0, intervalMs - (performance.now() - lastRun));
    timer = setTimeout(run, wait);
  };
  // Timed too (`time`): on a page that changes hundreds of times a second, even scheduling is work Rapport adds.
  const observer = new MutationObserver(() => time(schedule));
  observer.observe(document.body ?? document.documentElement, {childList: true, subtree: true});
  window.addEventListener('hashchange', schedule, {signal});
  window.addEventListener('popstate', schedule, {signal});
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  }, {once: true});
}
