import type {SiteHealthReport, SiteName} from '../../shared/messages.ts';
import {send} from '../../shared/send.ts';
import {findAll, type SelectorDef} from './selector.ts';
import {reportError} from './report-error.ts';

export type HealthTiming = {
  /** From a change to its report: several changes within it make one. */
  delayMs?: number;
  /** Between two counts at least: on a page that never stops changing, counting every selector is work to ration. */
  minIntervalMs?: number;
  /** Wraps each count, to put it on the page's performance timeline. */
  time?: (work: () => void) => void;
};

/**
 * Tells the background which named parts of the page are found, only when that changes (debounced), so that the
 * diagnostics page can say "composeBody last matched at 10:14" and point at a selector Gmail broke. Counts only.
 */
export function createHealthReporter(site: SiteName, selectors: Record<string, SelectorDef>, timing: HealthTiming = {}) {
  const {delayMs = 500, minIntervalMs = 0, time = (work: () => void) => work()} = timing;
  let lastSent = '';
  let lastCount = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const measure = (): SiteHealthReport => {
    const parts: SiteHealthReport['parts'] = {};
    for (const [name, def] of Object.entries(selectors)) {
      const {elements, strategy} = findAll(def);
      parts[name] = {count: elements.length, strategy};
    }
    return {site, parts, uiLanguage: document.documentElement.lang || 'unknown'};
  };

  const flush = () => {
    timer = undefined;
    lastCount = performance.now();
    const report = measure();
    const key = JSON.stringify(report);
    if (key === lastSent) return;
    lastSent = key;
    send('health/report', report).catch((error: unknown) => {
      lastSent = ''; // try again next time
      reportError('health-report', error);
    });
  };

  return {
    /** Schedule a report; several calls within the delay make one. */
    schedule(): void {
      const wait = Math.max(delayMs, lastCount + minIntervalMs - performance.now());
      timer ??= setTimeout(() => time(flush), wait);
    },
  };
}
