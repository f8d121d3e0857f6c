// First meaningful paint: the moment the popup shows something read from the store (a list or an empty state), not
// a "Loading…". `npm run bench` reads this mark (popup_ready_ms), so it is set once, where data first renders.
export const READY_MARK = 'rapport:popup:ready';

export function markReady(): void {
  if (performance.getEntriesByName(READY_MARK, 'mark').length === 0) performance.mark(READY_MARK);
}
