// Times patterns in a worker thread with a hard limit per pattern: one that is still running when the limit comes is
// reported as slow and its worker ended, then the rest go on in a fresh worker.
import {Worker} from 'node:worker_threads';

export type Job = {source: string; flags: string; inputs: string[]};
/** Milliseconds per input, or null when the pattern was stopped at the limit. */
export type Timing = number[] | null;

export async function timeInWorker(jobs: Job[], limitMs: number): Promise<Timing[]> {
  const results: Timing[] = [];
  let worker: Worker | undefined;
  try {
    for (const [index, job] of jobs.entries()) {
      worker ??= new Worker(new URL('./time-worker.mjs', import.meta.url));
      const running = worker;
      const timing = await new Promise<Timing>((resolve, reject) => {
        const timer = setTimeout(() => resolve(null), limitMs);
        const done = (message: {index: number; times: number[]}) => {
          clearTimeout(timer);
          running.off('error', failed);
          resolve(message.times);
        };
        const failed = (error: Error) => {
          clearTimeout(timer);
          reject(error);
        };
        running.once('message', done);
        running.once('error', failed);
        running.postMessage({index, ...job});
      });
      if (timing === null) {
        worker.removeAllListeners();
        await worker.terminate();
        worker = undefined;
      }
      results.push(timing);
    }
  } finally {
    await worker?.terminate();
  }
  return results;
}
