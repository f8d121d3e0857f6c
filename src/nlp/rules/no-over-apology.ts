import {defineRule} from '../rule.ts';
import {overApology} from '../lexicons/tone.ts';
import {phraseRegExp} from '../text.ts';

const PHRASES = phraseRegExp(overApology);
const ANY_APOLOGY = phraseRegExp(['sorry', 'apologies', 'apologize', 'apologise', 'my apologies']);

export default defineRule({
  meta: {
    id: 'no-over-apology',
    type: 'tone',
    severity: 'info',
    description: 'Flags apologies for ordinary asks, and drafts that apologise again and again.',
    rationale: 'Apologising for doing your job undermines the request; a thank-you keeps the warmth without it.',
    messages: {
      apology: '“{{actual}}” apologises for a normal ask; a thank-you keeps it warm.',
      repeated: 'This is your third apology in the message; one is enough.',
      removeApology: 'Remove the apology',
    },
    hasSuggestions: true,
    enabledByDefault: true,
  },
  examples: {
    valid: ['Sorry for the delay in getting back to you. The contract is attached.'],
    invalid: [
      {text: 'Sorry to bother you, but could you sign the form?', nudges: ['0-19: “Sorry to bother you” apologises for a normal ask; a thank-you keeps it warm. (no-over-apology)']},
      {text: 'Sorry for the delay. Apologies for the typo. Sorry, one more thing.', nudges: ['45-50: This is your third apology in the message; one is enough. (no-over-apology)']},
    ],
  },
  check(draft, {report}) {
    for (const m of draft.findPhrases(PHRASES)) {
      report({messageId: 'apology', place: m.place, actual: m.text, expected: ['Thanks for your help'], suggest: [{messageId: 'removeApology', text: ''}]});
    }
    const all = draft.findPhrases(ANY_APOLOGY);
    const third = all[2];
    if (third) report({messageId: 'repeated', place: third.place, actual: third.text});
  },
});
