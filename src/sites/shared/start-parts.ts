// A content script's start: each part on its own, so one that fails leaves the others running. Kept apart from
// startup.ts, which the entries import first and must import nothing (its mark times everything after it).
import {markReady} from './startup.ts';

/**
 * Start a content script's parts one by one: a part that throws (an API this browser lacks, a page that changed) is
 * reported (the entries pass reportError, which logs to the diagnostics page) and the others still start. Then ends
 * the start-up measure.
 */
export function startParts(site: string, parts: Record<string, () => void>, report: (source: string, error: unknown) => void): void {
  for (const [name, start] of Object.entries(parts)) {
    try {
      start();
    } catch (error) {
      report(`${site}-start:${name}`, error);
    }
  }
  markReady(site);
}
