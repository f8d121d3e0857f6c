// First meaningful paint: the moment the popup shows something read from the store (a list or an empty state), not
// a "Loading…". `npm run bench` reads this mark (popup_ready_ms), so it is set once, where data first renders.
export const READY_MARK = 'rapport:popup:ready';

export function markReady(): void {
  if (performance.getEntriesByName(READY_MARK, 'mark').length === 0) performance.mark(READY_MARK);
}

/** Runs `callback` once the popup is ready (at once if it already is): for work that must not delay the first paint. */
export function afterReady(callback: () => void): () => void {
  if (performance.getEntriesByName(READY_MARK, 'mark').length > 0) {
    callback();
    return () => undefined;
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName(READY_MARK, 'mark').length === 0) return;
    observer.disconnect();
    callback();
  });
  observer.observe({type: 'mark'});
  return () => observer.disconnect();
}
