// Runs in a worker thread: times every match of each pattern over each input, and reports pattern by pattern, so
// the test can stop a pattern that backtracks for minutes (a regular expression can't be interrupted otherwise).
import {parentPort} from 'node:worker_threads';

parentPort.on('message', ({index, source, flags, inputs}) => {
  const everywhere = new RegExp(source, `${flags.replace(/[gy]/g, '')}g`);
  const times = inputs.map((input) => {
    const started = performance.now();
    for (const match of input.matchAll(everywhere)) void match;
    return performance.now() - started;
  });
  parentPort.postMessage({index, times});
});
