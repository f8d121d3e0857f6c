// The hint is data, never a string (DESIGN.md section 3); hintToString exists for tests and the CLI.
export type Place = {start: number; end: number};
export type RuleType = 'tone' | 'commitment';
export type Severity = 'info' | 'warning';

/** desc is the English label; messageId and args let a page show it in the user's language (like Hint). */
export type Suggestion = {desc: string; messageId: string; args: string[]; place: Place; text: string};

export type Hint = {
  ruleId: string;
  type: RuleType;
  severity: Severity;
  messageId: string;
  message: string; // one sentence, second person, no blame, at most 90 characters
  /** The values of the message's {{slots}} in the order they appear (shortened as in `message`): a translated
   * message takes them as $1, $2, ... */
  args: string[];
  place: Place; // whole-draft hints point at the start of the user's own text (empty range)
  actual?: string;
  expected?: string[];
  note?: string;
  suggestions?: Suggestion[];
  fingerprint: string;
};

/** `6-10: “just” can make your request sound unsure. (no-hedging)`, the vfile-message String() idea. */
export function hintToString(hint: Hint): string {
  return `${hint.place.start}-${hint.place.end}: ${hint.message} (${hint.ruleId})`;
}

export function compareHints(a: Hint, b: Hint): number {
  return a.place.start - b.place.start || a.place.end - b.place.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
