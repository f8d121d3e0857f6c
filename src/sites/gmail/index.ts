// Gmail content script. Thin at load: no NLP library here (it would cost every Gmail page load ~300 ms);
// it finds composes, frames them, and reports what it found. Heavy work happens in the background or lazily.
import './start-mark.ts';
import {markReady} from '../shared/startup.ts';
import {watchPage} from '../shared/page-watch.ts';
import {createHealthReporter} from '../shared/health-reporter.ts';
import {guarded, reportError} from '../shared/report-error.ts';
import {createComposeTracker} from './compose-tracker.ts';
import {gmailSelectors} from './selectors.ts';
import {composeFrame} from './features/compose-frame.ts';

const lifetime = new AbortController();
const health = createHealthReporter('gmail', gmailSelectors);
const composes = createComposeTracker(composeFrame, (error) => reportError('compose-frame', error));

const scan = guarded('gmail-scan', () => {
  composes.scan();
  health.schedule();
});

scan(); // composes already open when we arrive: an observer would never report them
watchPage(scan, lifetime.signal);
lifetime.signal.addEventListener('abort', () => composes.stopAll());
markReady('gmail');
