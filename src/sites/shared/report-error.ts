import {describeError, printError} from '../../shared/log.ts';
import {send} from '../../shared/send.ts';

/**
 * A content script caught an error: print it once and hand it to the background for the diagnostics page.
 * Never throws, never waits: the caller is usually inside Gmail's event handling.
 */
export function reportError(source: string, error: unknown): void {
  if (!printError(source, error)) return;
  const {message, stack} = describeError(error);
  send('log/error', {source, message, stack}).catch(() => {
    // The background is gone (extension reloaded): nothing more to do, the console has it.
  });
}

/** Run `work`, reporting instead of throwing: one broken feature must never break the page or its siblings. */
export function guarded<A extends unknown[]>(source: string, work: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      work(...args);
    } catch (error) {
      reportError(source, error);
    }
  };
}
