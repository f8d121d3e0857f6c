import type {Draft} from '../../draft.ts';

// The received mail waits on a time: it asks when ("When can you send it?", "by when", "ETA?"), or presses ("ASAP",
// "urgent", "the deadline is…"). A bare "when" is everywhere ("when I run it, it crashes"): two volunteers' "as soon as
// I can" on a mailing list were flagged for it on the eleventh final sheet.
const ASKS_WHEN = /\bwhen\s+(?:can|will|could|would|do|does|should|might|are|is)\s+(?:you|u|we|it|this|that|the|they)\b[^?]{0,120}\?|\bby\s+when\b|\bhow\s+soon\b|\beta\b|\btime\s?frame\b|\btimeline\b|\bdeadline\b|\bno\s+later\s+than\b|\basap\b|\burgent(?:ly)?\b/i;
// A received ask with a day on it, put to the reader: "Please send the plan by Friday", "Can you sign it today?".
const ASKED_OF_READER = /\b(?:you|your|u|please|pls|kindly)\b/i;

/**
 * Whether a date on the writer's promises is owed: the executive plans on every promise of their EA, and a reader
 * whose last mail asked when (or set a deadline) is left guessing by "I'll get back to you" or "soon". Elsewhere an
 * undated promise is tracked on send and comes back as a nudge after the follow-up days (settings); a hint at
 * compose time was judged a needless nag on real mail (7 right of 46 over the judged sheets, docs/quality.md).
 */
export function dateOwed(draft: Draft): boolean {
  if (draft.hasTier('executive')) return true;
  if (draft.received.some((r) => r.deadline && !r.deadline.vague && ASKED_OF_READER.test(r.text))) return true;
  const received = draft.input.lastReceived?.text;
  return typeof received === 'string' && draft.received.length > 0 && ASKS_WHEN.test(received.slice(0, 20_000));
}
