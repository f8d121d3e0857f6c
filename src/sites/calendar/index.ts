// Google Calendar content script. Thin at load: it watches the grid and reports what it finds; reading events and
// the cadence banner build on this.
import './start-mark.ts';
import {markReady} from '../shared/startup.ts';
import {watchPage} from '../shared/page-watch.ts';
import {createHealthReporter} from '../shared/health-reporter.ts';
import {guarded} from '../shared/report-error.ts';
import {calendarSelectors} from './selectors.ts';

const lifetime = new AbortController();
const health = createHealthReporter('calendar', calendarSelectors);
const scan = guarded('calendar-scan', () => health.schedule());

scan();
watchPage(scan, lifetime.signal, 500);
markReady('calendar');
