// Google Calendar content script. Thin at load: it watches the grid, reads the visible events when it changes,
// hands them to the background, and shows the meeting-rhythm banner it answers with.
import './start-mark.ts';
import {markReady} from '../shared/startup.ts';
import {watchPage} from '../shared/page-watch.ts';
import {createHealthReporter} from '../shared/health-reporter.ts';
import {guarded, reportError} from '../shared/report-error.ts';
import {calendarSelectors} from './selectors.ts';
import {createCadenceBanner} from './features/cadence-banner.ts';

const lifetime = new AbortController();
const health = createHealthReporter('calendar', calendarSelectors);
const banner = createCadenceBanner();
const scan = guarded('calendar-scan', () => {
  health.schedule();
  banner.scan().catch((error: unknown) => reportError('calendar-scan', error));
});

scan();
watchPage(scan, lifetime.signal, 500);
lifetime.signal.addEventListener('abort', () => banner.remove());
markReady('calendar');
