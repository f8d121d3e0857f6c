import {defineRule} from '../rule.ts';
import {passiveAggressive} from '../lexicons/tone.ts';
import {lexicon, type Aim} from '../lexicons/entry.ts';
import {ownSentence} from '../lexicons/tone-context.ts';
import type {Sentence} from '../draft.ts';

const STOCK = lexicon(passiveAggressive);

// Stock phrases that are neutral in an announcement and a rebuke only when aimed at the reader: "Friendly reminder:
// lunch at noon" vs "Friendly reminder that your forms are due".
const OWED = /(?<![\p{L}])(?:you|your|due|overdue|outstanding|still|yet|asked|again)(?![\p{L}])/iu;
const READER = /(?<![\p{L}])(?:you|your)(?![\p{L}])/iu;

function aimedAtReader(s: Sentence, aim: Aim | undefined): boolean {
  switch (aim) {
    case undefined: return true;
    case 'owed': return s.info.request || OWED.test(s.text);
    case 'reader': return s.info.request || READER.test(s.text);
  }
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
  },
  examples: {
    valid: [
      'As we discussed on Monday, the launch moves to the 14th.', 'Here is a reminder of the agenda for Thursday.', 'Going forward, the weekly sync will be on Tuesdays.',
      'Friendly reminder: the office closes at 3 on Friday.', 'We are hosting the summit for the second time this year.',
      'Going forward, we will send you the report every Monday.', 'Going forward, please copy me on your replies.',
      'Please find below the proposal to settle past credits and set the credit we will apply to the account going forward.',
    ],
    invalid: [
      {text: 'Per my last email, the deadline is Friday.', hints: ['0-17: “Per my last email” often reads as irritation; a plain restatement works better. (no-passive-aggressive)']},
      {text: 'Friendly reminder that the forms are due.', hints: ['0-17: “Friendly reminder” often reads as irritation; a plain restatement works better. (no-passive-aggressive)']},
    ],
  },
  check(draft, {report}) {
    for (const m of draft.findPhrases(STOCK.pattern)) {
      const entry = STOCK.entryOf(m.text);
      const s = ownSentence(draft, m.place);
      if (!s || !aimedAtReader(s, entry?.aim)) continue;
      const expected = entry?.alternatives ?? [];
      const first = m.text[0] === m.text[0]?.toUpperCase();
      const cased = expected.map((e) => (first ? e : e[0]?.toLowerCase() + e.slice(1)));
      report({
        messageId: 'stock', place: m.place, actual: m.text, expected: cased,
        suggest: cased.map((text) => ({messageId: 'replace', data: {text}, text})),
      });
    }
  },
});
