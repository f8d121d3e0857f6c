import {defineRule} from '../rule.ts';
import {hedging} from '../lexicons/tone.ts';
import {phraseRegExp} from '../text.ts';

const HEDGES = phraseRegExp(hedging);

export default defineRule({
  meta: {
    id: 'no-hedging',
    type: 'tone',
    severity: 'info',
    description: 'Flags hedges that make you sound unsure of your own request ("I just wanted to", "I think maybe").',
    rationale: 'Readers act faster on a plain request; stacked hedges invite a “no” or a delay.',
    messages: {hedge: '“{{actual}}” can make your request sound unsure.', remove: 'Remove “{{actual}}”'},
    hasSuggestions: true,
    enabledByDefault: true,
  },
  examples: {
    valid: ['Could you send the signed contract by Thursday?', 'I think the second option is stronger.'],
    invalid: [
      {text: 'I just wanted to check on the invoice.', nudges: ['0-16: “I just wanted to” can make your request sound unsure. (no-hedging)']},
      {text: 'I think maybe we should move the call.', nudges: ['0-13: “I think maybe” can make your request sound unsure. (no-hedging)']},
    ],
  },
  check(draft, {report}) {
    for (const m of draft.findPhrases(HEDGES)) {
      report({messageId: 'hedge', place: m.place, actual: m.text, suggest: [{messageId: 'remove', text: ''}]});
    }
  },
});
