// Imported first by each content-script entry, so that its mark precedes the evaluation of everything else.
// The page's performance timeline is shared with the isolated world: `npm run bench` reads the measure from there.

export function startupMarkName(site: string): string {
  return `rapport:${site}:start`;
}

export function markStart(site: string): void {
  performance.mark(startupMarkName(site));
}

/** Ends the start-up measure: `rapport:<site>:ready`, from the first import to the first scan done. */
export function markReady(site: string): void {
  try {
    performance.measure(`rapport:${site}:ready`, startupMarkName(site));
  } catch {
    // the start mark was cleared by the page: nothing to measure
  }
}

