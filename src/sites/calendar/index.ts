// Google Calendar content script. Thin at load: it watches the grid, reads the visible events when it changes,
// hands them to the background, and shows the meeting-rhythm banner it answers with.
import './start-mark.ts';
import {startParts} from '../shared/start-parts.ts';
import {watchPage} from '../shared/page-watch.ts';
import {createHealthReporter} from '../shared/health-reporter.ts';
import {guarded, reportError} from '../shared/report-error.ts';
import {listenForCapture} from '../shared/capture-listener.ts';
import {claimPage} from '../shared/takeover.ts';
import {calendarSelectors} from './selectors.ts';
import {calendarCapture} from './capture.ts';
import {createCadenceBanner} from './features/cadence-banner.ts';
import {createDetailsWatcher} from './features/event-details.ts';

const lifetime = new AbortController();
// Older copies of this script (from before an extension update) stop now; this one stops when it is replaced.
const stillAlive = claimPage('calendar', lifetime);
const health = createHealthReporter('calendar', calendarSelectors);
const banner = createCadenceBanner();
const details = createDetailsWatcher();
const scan = guarded('calendar-scan', () => {
  if (!stillAlive()) return;
  health.schedule();
  // Events first: the details of an event update a record the banner's read has stored.
  banner.scan().then(() => details.scan()).catch((error: unknown) => reportError('calendar-scan', error));
});

lifetime.signal.addEventListener('abort', () => banner.remove());
startParts('calendar', {
  // The first read waits for an idle moment: Calendar is still settling its grid at document_idle, and start-up
  // should cost the page nothing it would notice. Called on window, not detached: Firefox's content scripts see
  // the page's window through a wrapper, and a detached requestIdleCallback throws there (tests/e2e/firefox).
  firstScan: () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(scan, {timeout: 1_000});
    else setTimeout(scan, 50);
  },
  watch: () => watchPage(scan, lifetime.signal, 500),
  capture: () => listenForCapture('calendar', calendarCapture, lifetime.signal),
}, reportError);
