// Which errors of a handler are a failed write that may succeed if sent again: the disk was full for a moment
// (quota), the database was closed or a transaction aborted under us (another tab upgrading, the browser busy).
// The sender of an idempotent message retries those; a wrong request fails the same way every time and is final.
const TRANSIENT = new Set([
  'QuotaExceededError', 'AbortError', 'UnknownError', 'TimeoutError', 'DatabaseClosedError', 'TransactionInactiveError', 'OpenFailedError',
]);

export function isTransientWriteFailure(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 4; depth++) {
    const {name, inner} = cause as {name?: unknown; inner?: unknown};
    if (typeof name === 'string' && TRANSIENT.has(name)) return true;
    // Dexie wraps the browser's DOMException in its own error, as `inner`.
    cause = inner;
  }
  return false;
}
