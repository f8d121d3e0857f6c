// Gmail content script. Thin at load: no NLP library here (it would cost every Gmail page load ~300 ms);
// it finds composes, coaches them with the analysis running in the background, and reports what it found.
import './start-mark.ts';
import {startParts} from '../shared/start-parts.ts';
import {watchPage} from '../shared/page-watch.ts';
import {createHealthReporter} from '../shared/health-reporter.ts';
import {guarded, reportError} from '../shared/report-error.ts';
import {listenForCapture} from '../shared/capture-listener.ts';
import {claimPage} from '../shared/takeover.ts';
import {createComposeTracker} from './compose-tracker.ts';
import {gmailSelectors} from './selectors.ts';
import {timed, timedThreadRead} from './timing.ts';
import {gmailCapture} from './capture.ts';
import {composeCoach, healPanels, listenForToggleHints, watchComposeSends} from './features/compose-coach.ts';
import {createThreadReader} from './features/thread-reader.ts';
import {sendIdempotent} from '../../shared/send.ts';
import {contentSettings} from '../shared/content-settings.ts';

const lifetime = new AbortController();
// Older copies of this script (from before an extension update) stop now; this one stops when it is replaced.
const stillAlive = claimPage('gmail', lifetime);
// Every piece of Rapport's main-thread work on Gmail is timed (timing.ts), the page-wide scans included.
// Diagnostics need no hurry: the first count comes half a second after the page settles, and on a page that never
// stops changing the selectors are counted every 2 s at most.
const HEALTH_TIMING = {delayMs: 500, minIntervalMs: 2_000, time: timed};
const health = createHealthReporter('gmail', gmailSelectors, HEALTH_TIMING);
const composes = createComposeTracker(composeCoach, (error) => reportError('compose-coach', error));
// The open conversation, read for the relationship radar: its own errors stay its own.
const threads = createThreadReader({
  send: (read) => sendIdempotent('thread/read', read), settings: contentSettings, onError: (error) => reportError('thread-read', error),
});

const scan = guarded('gmail-scan', () => timed(() => {
  if (!stillAlive()) return;
  timedThreadRead(threads.scan); // first: it never throws, so a compose feature that does can't stop it
  composes.scan();
  healPanels();
  health.schedule();
}));

lifetime.signal.addEventListener('abort', () => composes.stopAll());
startParts('gmail', {
  scan, // composes already open when we arrive: an observer would never report them
  watch: () => watchPage(scan, lifetime.signal, 250, timed),
  sends: () => watchComposeSends(lifetime.signal),
  shortcut: () => listenForToggleHints(lifetime.signal),
  capture: () => listenForCapture('gmail', gmailCapture, lifetime.signal),
}, reportError);
