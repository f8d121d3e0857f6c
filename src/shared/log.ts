// Logging that never throws. Errors caught anywhere in Rapport end up here, prefixed with where they came from,
// printed once per distinct stack so a failing observer can't flood the page's console.

const seen = new Set<string>();

export function describeError(error: unknown): {message: string; stack?: string} {
  if (error instanceof Error) return {message: error.message, stack: error.stack};
  try {
    return {message: typeof error === 'string' ? error : JSON.stringify(error)};
  } catch {
    return {message: String(error)};
  }
}

/** Print an error once per (source, stack). Returns false when it was a repeat. */
export function printError(source: string, error: unknown): boolean {
  const {message, stack} = describeError(error);
  const key = `${source}\n${stack ?? message}`;
  if (seen.has(key)) return false;
  if (seen.size > 200) seen.clear();
  seen.add(key);
  console.error(`[Rapport] ${source}:`, error);
  return true;
}
