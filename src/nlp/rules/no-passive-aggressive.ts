import {defineRule} from '../rule.ts';
import {passiveAggressive} from '../lexicons/tone.ts';
import {normalizeText, phraseRegExp} from '../text.ts';
import type {Draft} from '../draft.ts';

const PHRASES = phraseRegExp(passiveAggressive);
// Neutral restatements for the commonest stock phrases; the rest get the message alone.
const ALTERNATIVES: Record<string, string[]> = {
  'per my last email': ['As mentioned earlier', 'To recap'],
  'as per my last email': ['As mentioned earlier', 'To recap'],
  'as i already said': ['To recap'],
  'friendly reminder': ['Quick reminder'],
  'gentle reminder': ['Quick reminder'],
  'going forward': ['From now on', 'Next time'],
  'please advise': ['What would you suggest?'],
};

// "Going forward, the sync moves to Tuesdays" is neutral; "Going forward, please make sure you…" is a rebuke.
const AIMED_ONLY = new Set(['going forward']);
const YOU = /\b(?:you|your)\b/i;

function aimedAtReader(draft: Draft, at: number): boolean {
  const s = draft.sentences.find((x) => at >= x.place.start && at < x.place.end);
  return s !== undefined && YOU.test(s.text);
}

export default defineRule({
  meta: {
    id: 'no-passive-aggressive',
    type: 'tone',
    severity: 'warning',
    description: 'Flags stock phrases that often read as irritation ("per my last email", "friendly reminder").',
    rationale: 'These phrases are widely read as veiled annoyance; a plain restatement keeps the goodwill.',
    messages: {stock: '“{{actual}}” often reads as irritation; a plain restatement works better.', replace: 'Replace with “{{text}}”'},
    hasSuggestions: true,
    enabledByDefault: true,
  },
  examples: {
    valid: ['As we discussed on Monday, the launch moves to the 14th.', 'Here is a reminder of the agenda for Thursday.', 'Going forward, the weekly sync will be on Tuesdays.'],
    invalid: [
      {text: 'Per my last email, the deadline is Friday.', nudges: ['0-17: “Per my last email” often reads as irritation; a plain restatement works better. (no-passive-aggressive)']},
      {text: 'Going forward, please copy me on your replies.', nudges: ['0-13: “Going forward” often reads as irritation; a plain restatement works better. (no-passive-aggressive)']},
      {text: 'Friendly reminder that the forms are due.', nudges: ['0-17: “Friendly reminder” often reads as irritation; a plain restatement works better. (no-passive-aggressive)']},
    ],
  },
  check(draft, {report}) {
    for (const m of draft.findPhrases(PHRASES)) {
      const key = normalizeText(m.text);
      if (AIMED_ONLY.has(key) && !aimedAtReader(draft, m.place.start)) continue;
      const expected = ALTERNATIVES[key] ?? [];
      const first = m.text[0] === m.text[0]?.toUpperCase();
      const cased = expected.map((e) => (first ? e : e[0]?.toLowerCase() + e.slice(1)));
      report({
        messageId: 'stock', place: m.place, actual: m.text, expected: cased,
        suggest: cased.map((text) => ({messageId: 'replace', data: {text}, text})),
      });
    }
  },
});
