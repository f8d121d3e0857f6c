import type {Draft} from '../../draft.ts';

// The received mail waits on a time: it asks when, sets a deadline, or presses ("urgent", "by Friday", "ETA").
const ASKS_WHEN = /\b(?:when|by\s+when|how\s+soon|how\s+long|what\s+time|eta|timeline|time\s?frame|turnaround|status|asap|urgent(?:ly)?|as\s+soon\s+as|deadline|no\s+later\s+than)\b/i;

/**
 * Whether a date on the writer's promises is owed: the executive plans on every promise of their EA, and a reader
 * whose last mail asked when (or set a deadline) is left guessing by "I'll get back to you" or "soon". Elsewhere an
 * undated promise is tracked on send and comes back as a nudge after the follow-up days (settings); a hint at
 * compose time was judged a needless nag on real mail (7 right of 46 over the judged sheets, docs/quality.md).
 */
export function dateOwed(draft: Draft): boolean {
  if (draft.hasTier('executive')) return true;
  if (draft.received.some((r) => r.deadline)) return true;
  const received = draft.input.lastReceived?.text;
  return typeof received === 'string' && draft.received.length > 0 && ASKS_WHEN.test(received.slice(0, 20_000));
}
