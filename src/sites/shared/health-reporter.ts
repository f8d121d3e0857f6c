import type {SiteHealthReport, SiteName} from '../../shared/messages.ts';
import {send} from '../../shared/send.ts';
import {findAll, type SelectorDef} from './selector.ts';
import {reportError} from './report-error.ts';

/**
 * Tells the background which named parts of the page are found, only when that changes (debounced), so that the
 * diagnostics page can say "composeBody last matched at 10:14" and point at a selector Gmail broke. Counts only.
 */
export function createHealthReporter(
  site: SiteName, selectors: Record<string, SelectorDef>, delayMs = 500, time: (work: () => void) => void = (work) => work(),
) {
  let lastSent = '';
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
      timer ??= setTimeout(() => time(flush), delayMs);
    },
  };
}
