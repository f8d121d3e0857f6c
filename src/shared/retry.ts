/**
 * Retry an idempotent call a few times with a short, growing pause. For messages to a service worker that the
 * browser may stop between our send and its answer ("message port closed"): the write is idempotent, so sending
 * again is safe, and the browser restarts the worker for the next try.
 */
export async function retrying<T>(call: () => Promise<T>, attempts = 4, firstDelayMs = 100): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await call();
    } catch (error) {
      lastError = error;
      if (attempt < attempts - 1) await new Promise((resolve) => setTimeout(resolve, firstDelayMs * 2 ** attempt));
    }
  }
  throw lastError;
}
