import {defineRule} from '../rule.ts';
import {harsh} from '../lexicons/tone.ts';
import {phraseRegExp} from '../text.ts';

const HARSH = phraseRegExp(harsh);

export default defineRule({
  meta: {
    id: 'no-harsh-wording',
    type: 'tone',
    severity: 'warning',
    description: 'Flags blaming or harsh words aimed at the reader or their work.',
    rationale: 'Blame puts readers on the defence; naming the problem and the next step gets it fixed sooner.',
    messages: {harsh: '“{{actual}}” may read as blame; try naming the issue and the next step.'},
    enabledByDefault: true,
  },
  examples: {
    valid: ['The figures in row 12 look off; could you check them before Friday?', 'Thanks for catching the error in the deck.'],
    invalid: [
      {text: 'This is unacceptable.', nudges: ['8-20: “unacceptable” may read as blame; try naming the issue and the next step. (no-harsh-wording)']},
      {text: 'You dropped the ball on the vendor call.', nudges: ['0-20: “You dropped the ball” may read as blame; try naming the issue and the next step. (no-harsh-wording)']},
    ],
  },
  check(draft, {report}) {
    for (const m of draft.findPhrases(HARSH)) report({messageId: 'harsh', place: m.place, actual: m.text});
  },
});
